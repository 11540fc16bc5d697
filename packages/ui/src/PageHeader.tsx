import type { ReactNode, Ref } from "react";
import { cx } from "./cx.js";

export interface PageHeaderProps {
  /** The page's one h1. */
  title: ReactNode;
  description?: ReactNode;
  /** Buttons or links shown beside the title (below it on narrow screens). */
  actions?: ReactNode;
  /** The h1, e.g. to move focus to it when the page changes (it takes focus from script only). */
  headingRef?: Ref<HTMLHeadingElement>;
  className?: string;
}

/** The heading block at the top of a page. */
export function PageHeader({ title, description, actions, headingRef, className }: PageHeaderProps) {
  return (
    <header className={cx("ui-page-header", className)}>
      <div className="ui-page-header__text">
        <h1 ref={headingRef} tabIndex={-1} className="ui-page-header__title">
          {title}
        </h1>
        {description && <p className="ui-page-header__description">{description}</p>}
      </div>
      {actions && <div className="ui-page-header__actions">{actions}</div>}
    </header>
  );
}
