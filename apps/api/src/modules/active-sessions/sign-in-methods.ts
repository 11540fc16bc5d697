import { registerEnumType } from "type-graphql";

/** How a session was proven at sign-in, as a person reads it. */
export const SignInMethod = {
  PASSWORD: "PASSWORD",
  AUTHENTICATOR_CODE: "AUTHENTICATOR_CODE",
  TEXTED_CODE: "TEXTED_CODE",
  RECOVERY_CODE: "RECOVERY_CODE",
  BYPASS_CODE: "BYPASS_CODE",
  PASSKEY: "PASSKEY",
  REMEMBERED_BROWSER: "REMEMBERED_BROWSER",
} as const;
export type SignInMethod = (typeof SignInMethod)[keyof typeof SignInMethod];

registerEnumType(SignInMethod, {
  name: "SignInMethod",
  description: "How a session was proven when it signed in.",
  valuesConfig: {
    PASSWORD: { description: "The password." },
    AUTHENTICATOR_CODE: { description: "A code from an authenticator app." },
    TEXTED_CODE: { description: "A code sent by text message." },
    RECOVERY_CODE: { description: "One of the user's recovery codes." },
    BYPASS_CODE: { description: "A bypass code an admin issued." },
    PASSKEY: { description: "A passkey or security key." },
    REMEMBERED_BROWSER: { description: "A browser remembered from an earlier sign-in with a second factor." },
  },
});

/** The stored methods of a session ("PASSWORD,OTPPASSCODE", the Identity API's names) by what they mean. */
const STORED: Readonly<Record<string, SignInMethod>> = {
  PASSWORD: "PASSWORD",
  OTPPASSCODE: "AUTHENTICATOR_CODE",
  PASSCODE: "TEXTED_CODE",
  RECOVERY_CODE: "RECOVERY_CODE",
  BYPASS_CODE: "BYPASS_CODE",
  WEBAUTHN: "PASSKEY",
  REMEMBERED_BROWSER: "REMEMBERED_BROWSER",
};

/** The methods of a session, in the order it used them; a stored name not known here is left out rather than guessed. */
export function signInMethodsOf(stored: string): SignInMethod[] {
  return stored.split(",").flatMap((name) => (Object.hasOwn(STORED, name) ? [STORED[name] as SignInMethod] : []));
}
