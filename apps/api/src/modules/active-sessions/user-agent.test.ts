import { describe, expect, it } from "vitest";
import { describeUserAgent } from "./user-agent.js";

describe("a session's browser, read from its User-Agent", () => {
  it("names a desktop Chrome on Linux, an iPhone's Safari and Firefox on Windows", () => {
    expect(describeUserAgent("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36")).toEqual({
      browser: "Chrome 156",
      os: "Linux",
      deviceType: "DESKTOP",
    });
    const iphone = describeUserAgent("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1");
    expect(iphone).toMatchObject({ browser: "Safari 17", deviceType: "MOBILE" });
    expect(iphone.os).toMatch(/^iOS 17/);
    const firefox = describeUserAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0");
    expect(firefox).toMatchObject({ browser: "Firefox 128", deviceType: "DESKTOP" });
    expect(firefox.os).toMatch(/^Windows/);
  });

  it("says nothing of a missing or unreadable one", () => {
    expect(describeUserAgent(null)).toEqual({ browser: null, os: null, deviceType: "OTHER" });
    expect(describeUserAgent("curl/8.5.0").os).toBeNull();
  });
});
