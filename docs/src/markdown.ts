/** Markdown pieces the generated references are made of. */

export const heading = (level: number, title: string) => `${"#".repeat(level)} ${title}`;

/** A description as its own paragraph: blank lines kept, trailing spaces dropped. */
export const paragraph = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();

/** Text made safe for a table cell: one line, pipes escaped. */
export const cell = (text: string) =>
  text
    .trim()
    .replace(/\|/g, "\\|")
    .replace(/\s*\n\s*/g, " ");

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
