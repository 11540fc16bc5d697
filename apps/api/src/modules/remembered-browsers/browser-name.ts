import Bowser from "bowser";

/** What a person recognises of a remembered browser, read from its User-Agent with bowser: `Chrome 156 on Linux`. */
export function browserName(userAgent: string | null): string {
  if (!userAgent) return "Unknown browser";
  const parsed = Bowser.parse(userAgent);
  const major = parsed.browser.version?.split(".")[0];
  const browser = parsed.browser.name ? [parsed.browser.name, major].filter(Boolean).join(" ") : "Unknown browser";
  return parsed.os.name ? `${browser} on ${parsed.os.name}` : browser;
}
