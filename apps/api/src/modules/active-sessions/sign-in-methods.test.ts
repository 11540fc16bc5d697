import { describe, expect, it } from "vitest";
import { signInMethodsOf } from "./sign-in-methods.js";

describe("how a session was proven", () => {
  it("reads the stored Identity names as a person's words", () => {
    expect(signInMethodsOf("PASSWORD")).toEqual(["PASSWORD"]);
    expect(signInMethodsOf("PASSWORD,OTPPASSCODE")).toEqual(["PASSWORD", "AUTHENTICATOR_CODE"]);
    expect(signInMethodsOf("PASSWORD,PASSCODE")).toEqual(["PASSWORD", "TEXTED_CODE"]);
    expect(signInMethodsOf("PASSWORD,RECOVERY_CODE")).toEqual(["PASSWORD", "RECOVERY_CODE"]);
    expect(signInMethodsOf("PASSWORD,BYPASS_CODE")).toEqual(["PASSWORD", "BYPASS_CODE"]);
    expect(signInMethodsOf("PASSWORD,WEBAUTHN")).toEqual(["PASSWORD", "PASSKEY"]);
  });

  it("leaves out a name it does not know", () => {
    expect(signInMethodsOf("PASSWORD,SOMETHING_ELSE")).toEqual(["PASSWORD"]);
  });
});
