/** The texts the service sends. Short, one code each, with the issuer first so the user knows who is asking. */

function expiry(minutes: number): string {
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

/** The passcode of a two-step login. */
export function loginCodeMessage(issuer: string, code: string, minutes: number): string {
  return `${issuer} sign-in code: ${code}. It expires in ${expiry(minutes)}. Don't share it.`;
}

/** The code that proves a newly added phone number belongs to the user. */
export function verificationCodeMessage(issuer: string, code: string, minutes: number): string {
  return `${issuer} phone verification code: ${code}. It expires in ${expiry(minutes)}. Don't share it.`;
}
