import { useId, type ReactNode } from "react";
import { cx } from "./cx.js";

export interface TableProps {
  /** Names the table (and its scrolling region). */
  caption: ReactNode;
  /** Keep the caption for assistive technology only (when a heading above already says it). */
  hideCaption?: boolean;
  /** Marks the table as being updated (e.g. while the next page loads). */
  busy?: boolean;
  className?: string;
  /** `thead` and `tbody` elements. */
  children: ReactNode;
}

/**
 * A data table in a container that scrolls sideways on narrow screens instead of widening the
 * page. The container is focusable so keyboard users can scroll it too.
 */
export function Table({ caption, hideCaption = false, busy = false, className, children }: TableProps) {
  const captionId = useId();
  return (
    <div className={cx("ui-table-wrap", className)} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="ui-table" aria-busy={busy || undefined}>
        <caption id={captionId} className={hideCaption ? "ui-visually-hidden" : "ui-table__caption"}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
