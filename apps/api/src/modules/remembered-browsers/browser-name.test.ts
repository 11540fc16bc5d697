import { describe, expect, it } from "vitest";
import { browserName } from "./browser-name.js";

describe("browserName", () => {
  it("names the browser, its major version and the operating system", () => {
    const chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.7000.1 Safari/537.36";
    expect(browserName(chrome)).toBe("Chrome 156 on Linux");
    const safari = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
    expect(browserName(safari)).toBe("Safari 17 on iOS");
  });

  it("guesses nothing from an absent or unreadable User-Agent", () => {
    expect(browserName(null)).toBe("Unknown browser");
    expect(browserName("curl-ish")).toBe("Unknown browser");
  });
});
