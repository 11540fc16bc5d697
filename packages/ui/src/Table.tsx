import { useId, useLayoutEffect, useRef, type ReactNode } from "react";
import { cx } from "./cx.js";

export interface TableProps {
  /** Names the table (and its scrolling region). */
  caption: ReactNode;
  /** Keep the caption for assistive technology only (when a heading above already says it). */
  hideCaption?: boolean;
  /** Marks the table as being updated (e.g. while the next page loads). */
  busy?: boolean;
  /**
   * Below 640 px: `cards` (the default) shows each row as a card, each value under its column's name;
   * `scroll` keeps the table and scrolls it sideways (for grids of numbers that read across).
   */
  layout?: "cards" | "scroll";
  className?: string;
  /** `thead` and `tbody` elements. */
  children: ReactNode;
}

/**
 * Gives every body cell its column's name (`data-label`), which the card layout shows: the header's own
 * `data-label` when it has one (a sort button's header holds more text than the name), else its text.
 */
function labelCells(table: HTMLTableElement): void {
  const header = table.tHead?.rows[0];
  if (!header) return;
  const names = [...header.cells].map((cell) => cell.dataset.label ?? (cell.textContent ?? "").trim());
  for (const body of table.tBodies) {
    for (const row of body.rows) {
      [...row.cells].forEach((cell, index) => {
        const name = names[index];
        if (name && cell.dataset.label !== name) cell.dataset.label = name;
      });
    }
  }
}

/**
 * A data table. On wide screens it sits in a container that scrolls sideways instead of widening the
 * page (focusable, so keyboard users can scroll it too); on narrow screens its rows become cards.
 */
export function Table({ caption, hideCaption = false, busy = false, layout = "cards", className, children }: TableProps) {
  const captionId = useId();
  const tableRef = useRef<HTMLTableElement>(null);
  // After every render: rows come and go (paging, filters) and rows may render on their own.
  useLayoutEffect(() => {
    const table = tableRef.current;
    if (!table || layout !== "cards") return;
    labelCells(table);
    const observer = new MutationObserver(() => labelCells(table));
    observer.observe(table, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [layout]);
  return (
    <div className={cx("ui-table-wrap", layout === "cards" && "ui-table-wrap--cards", className)} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table ref={tableRef} className="ui-table" aria-busy={busy || undefined}>
        <caption id={captionId} className={hideCaption ? "ui-visually-hidden" : "ui-table__caption"}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
