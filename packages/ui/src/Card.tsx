import { useId, type ComponentPropsWithoutRef, type ReactNode } from "react";
import { cx } from "./cx.js";

export interface CardProps extends Omit<ComponentPropsWithoutRef<"section">, "title"> {
  /** Optional heading; the card is then a region named by it. */
  title?: ReactNode;
  /** Heading level of the title (default 2). */
  headingLevel?: 2 | 3 | 4;
}

/** A bordered surface that groups related content. */
export function Card({ title, headingLevel = 2, className, children, ...rest }: CardProps) {
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section {...rest} className={cx("ui-card", className)} aria-labelledby={title ? titleId : undefined}>
      {title && (
        <Heading id={titleId} className="ui-card__title">
          {title}
        </Heading>
      )}
      {children}
    </section>
  );
}
