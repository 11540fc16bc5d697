import { afterEach, describe, expect, it } from "vitest";
import { chooseLanguage } from "../i18n/choose-language";
import { formatDate, formatDateTime, formatDuration, formatNumber, formatPercent, formatRelative, formatTime } from "./format";

afterEach(async () => {
  await chooseLanguage("en");
  window.localStorage.clear();
});

const moment = "2026-03-03T10:15:42Z";
const now = new Date("2026-03-03T13:15:42Z");

describe("formatting with Intl in the current language", () => {
  it("writes dates, numbers, waits and relative times the German way in German", async () => {
    await chooseLanguage("de");
    // Read in UTC so the figures do not depend on the machine's time zone.
    expect(new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(moment))).toBe("03.03.2026");
    expect(formatDate(moment)).toMatch(/^0[23]\.03\.2026$/);
    expect(formatDateTime(moment)).toMatch(/^0[23]\.03\.2026, \d{2}:\d{2}$/);
    expect(formatTime(moment)).toMatch(/^\d{2}:\d{2}$/);
    expect(formatNumber(12345.5)).toBe("12.345,5");
    expect(formatPercent(0.87)).toBe("87\u00a0%");
    expect(formatDuration(1)).toBe("1 Sekunde");
    expect(formatDuration(30)).toBe("30 Sekunden");
    expect(formatDuration(61)).toBe("2 Minuten");
    expect(formatRelative(moment, now)).toBe("vor 3 Stunden");
    expect(formatRelative("2026-03-05T13:15:42Z", now)).toBe("übermorgen");
  });

  it("writes them the English way in English", () => {
    expect(formatDate(moment)).toMatch(/^Mar [23], 2026$/);
    expect(formatNumber(12345.5)).toBe("12,345.5");
    expect(formatPercent(0.87)).toBe("87%");
    expect(formatDuration(30)).toBe("30 seconds");
    expect(formatRelative(moment, now)).toBe("3 hours ago");
    expect(formatRelative("2026-03-10T13:15:42Z", now)).toBe("in 7 days");
  });
});
