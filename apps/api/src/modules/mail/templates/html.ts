/** HTML built from trusted markup and escaped data: nothing interpolated reaches the page unescaped. */
export interface SafeHtml {
  readonly markup: string;
}

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text as HTML: `& < > " '` become entities, so it is safe in element content and in quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

type Part = string | SafeHtml | readonly SafeHtml[];

/** A template of trusted markup: interpolated strings are escaped, SafeHtml (and lists of it) is kept as it is. */
export function html(strings: TemplateStringsArray, ...parts: Part[]): SafeHtml {
  let markup = strings[0] ?? "";
  parts.forEach((part, i) => {
    const piece = typeof part === "string" ? escapeHtml(part) : Array.isArray(part) ? part.map((p: SafeHtml) => p.markup).join("") : (part as SafeHtml).markup;
    markup += piece + (strings[i + 1] ?? "");
  });
  return { markup };
}

const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

/** A paragraph of the body. */
export const para = (content: SafeHtml | string) => html`<p style="margin:0 0 16px;line-height:1.5">${content}</p>`;

/** The one call to action: a link styled as a button, with its address written out below for clients that hide links. */
export const action = (href: string, label: string) =>
  html`<p style="margin:24px 0"><a href="${href}" style="background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block;font-weight:600">${label}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#4b5563">Or open this address: <a href="${href}" style="color:#1d4ed8">${href}</a></p>`;

/** A whole message: the title as heading, the body, and the sender's name at the foot. */
export function page(input: { title: string; body: readonly SafeHtml[]; footer: string }): string {
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${input.title}</title></head>
<body style="margin:0;padding:24px;background:#f3f4f6;color:#111827;${FONT}">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px">
<h1 style="margin:0 0 24px;font-size:20px">${input.title}</h1>
${input.body}
<p style="margin:32px 0 0;font-size:12px;color:#6b7280">${input.footer}</p>
</div>
</body>
</html>
`.markup;
}
