import { describe, expect, it } from "vitest";
import { provenBy, sessionTitle } from "./session-format";

describe("how a session reads", () => {
  it("names the browser and its system, and says so when either is unknown", () => {
    expect(sessionTitle({ browser: "Chrome 156", os: "Linux" })).toBe("Chrome 156 on Linux");
    expect(sessionTitle({ browser: "Safari 17", os: null })).toBe("Safari 17");
    expect(sessionTitle({ browser: null, os: "iOS 17.4" })).toBe("An unknown browser on iOS 17.4");
  });

  it("says how the sign-in was proven", () => {
    expect(provenBy(["PASSWORD"])).toBe("with password");
    expect(provenBy(["PASSWORD", "AUTHENTICATOR_CODE"])).toBe("with password and authenticator code");
    expect(provenBy(["PASSWORD", "REMEMBERED_BROWSER", "PASSKEY"])).toBe("with password, remembered browser, and passkey");
    expect(provenBy([])).toBe("");
  });
});
