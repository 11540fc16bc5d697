/**
 * Keyset paging over a sort of several columns that ends in a unique one (the tie-breaker), all in one
 * direction: "the rows after this position" as one condition, so equal sort keys never repeat or skip a row.
 */

export type Direction = "ASC" | "DESC";

/** `(a > ? OR (a = ? AND (b > ? OR (b = ? AND c > ?))))` over the given columns and the position's values. */
export function afterPosition(columns: readonly string[], values: readonly unknown[], direction: Direction): { sql: string; params: unknown[] } {
  if (columns.length === 0 || columns.length !== values.length) throw new Error("a keyset position needs one value per column");
  const op = direction === "ASC" ? ">" : "<";
  const build = (i: number): { sql: string; params: unknown[] } => {
    const column = columns[i] as string;
    const value = values[i];
    if (i === columns.length - 1) return { sql: `${column} ${op} ?`, params: [value] };
    const rest = build(i + 1);
    return { sql: `(${column} ${op} ? OR (${column} = ? AND ${rest.sql}))`, params: [value, value, ...rest.params] };
  };
  return build(0);
}

/** `ORDER BY a DESC, b DESC, c DESC`. */
export const orderBy = (columns: readonly string[], direction: Direction): string => columns.map((c) => `${c} ${direction}`).join(", ");

/** A position as an opaque cursor: the sort's name and the row's values, base64url JSON. */
export function encodePosition(sort: string, values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify([sort, ...values]), "utf8").toString("base64url");
}

/** The values of a cursor made for `sort` with the given kinds of values; null when it is not one. */
export function decodePosition(cursor: string, sort: string, kinds: readonly ("string" | "number")[]): (string | number)[] | null {
  if (!/^[A-Za-z0-9_-]{1,1400}$/.test(cursor)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== kinds.length + 1 || parsed[0] !== sort) return null;
  const values = parsed.slice(1) as unknown[];
  return values.every((v, i) => typeof v === kinds[i] && (typeof v !== "number" || Number.isFinite(v))) ? (values as (string | number)[]) : null;
}
