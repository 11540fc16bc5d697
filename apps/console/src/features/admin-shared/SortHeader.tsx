import type { ReactNode } from "react";
import "./sort-header.css";
import { useTranslation } from "react-i18next";

export type SortDirection = "ASC" | "DESC";

export interface SortHeaderProps<F extends string> {
  field: F;
  /** The table's current sort. */
  sort: { field: F; direction: SortDirection };
  /** The direction a first click on this column sorts in (names A to Z, counts and times largest first). */
  firstDirection?: SortDirection;
  onSort: (sort: { field: F; direction: SortDirection }) => void;
  children: ReactNode;
  className?: string;
}

/**
 * A column header that sorts the table: a button inside the header cell (Tab, then Enter or Space), with
 * `aria-sort` on the cell saying how the column is sorted. A second press reverses the order.
 */
export function SortHeader<F extends string>({ field, sort, firstDirection = "ASC", onSort, children, className }: SortHeaderProps<F>) {
  const { t } = useTranslation("admin-shared");
  const active = sort.field === field;
  const next: SortDirection = active ? (sort.direction === "ASC" ? "DESC" : "ASC") : firstDirection;
  return (
    <th
      scope="col"
      className={className}
      data-label={typeof children === "string" ? children : undefined}
      aria-sort={active ? (sort.direction === "ASC" ? "ascending" : "descending") : "none"}>
      <button type="button" className="sort-header" onClick={() => onSort({ field, direction: next })}>
        {children}
        <span className="sort-header__arrow" aria-hidden="true">
          {active ? (sort.direction === "ASC" ? "▲" : "▼") : "↕"}
        </span>
        <span className="ui-visually-hidden">{active ? t(sort.direction === "ASC" ? "sort.ascending" : "sort.descending") : t("sort.none")}</span>
      </button>
    </th>
  );
}
