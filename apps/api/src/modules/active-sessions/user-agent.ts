import Bowser from "bowser";

/** What a person recognises of a browser: its name and major version, its operating system, the kind of device. */
export interface BrowserSummary {
  browser: string | null;
  os: string | null;
  deviceType: "DESKTOP" | "MOBILE" | "TABLET" | "OTHER";
}

const DEVICE_TYPES: Readonly<Record<string, BrowserSummary["deviceType"]>> = { desktop: "DESKTOP", mobile: "MOBILE", tablet: "TABLET" };

/** Reads a stored User-Agent with bowser; nothing is guessed from an absent or unreadable one. */
export function describeUserAgent(userAgent: string | null): BrowserSummary {
  if (!userAgent) return { browser: null, os: null, deviceType: "OTHER" };
  const parsed = Bowser.parse(userAgent);
  const major = parsed.browser.version?.split(".")[0];
  const browser = parsed.browser.name ? (major ? `${parsed.browser.name} ${major}` : parsed.browser.name) : null;
  const os = parsed.os.name ? [parsed.os.name, parsed.os.versionName ?? parsed.os.version].filter(Boolean).join(" ") : null;
  return { browser, os, deviceType: DEVICE_TYPES[parsed.platform.type ?? ""] ?? "OTHER" };
}
