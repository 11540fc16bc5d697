import type { ReactNode } from "react";
import { cx } from "./cx.js";

export interface PageHeaderProps {
  /** The page's one h1. */
  title: ReactNode;
  description?: ReactNode;
  /** Buttons or links shown beside the title (below it on narrow screens). */
  actions?: ReactNode;
  className?: string;
}

/** The heading block at the top of a page. */
export function PageHeader({ title, description, actions, className }: PageHeaderProps) {
  return (
    <header className={cx("ui-page-header", className)}>
      <div className="ui-page-header__text">
        <h1 className="ui-page-header__title">{title}</h1>
        {description && <p className="ui-page-header__description">{description}</p>}
      </div>
      {actions && <div className="ui-page-header__actions">{actions}</div>}
    </header>
  );
}
