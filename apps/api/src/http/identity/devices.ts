import type { AppContext } from "#src/context.js";
import { mfaErrors } from "#src/modules/mfa/mfa.errors.js";

/** A device of the user by id and kind: a phone's id under the OTP path (or the reverse) is not found. */
export async function ownDevice(ctx: AppContext, kind: "SMS" | "TOTP", userId: string, deviceId: string) {
  const device = await ctx.services.mfa.ownDevice(userId, deviceId);
  if (device.kind !== kind) throw mfaErrors.deviceNotFound();
  return device;
}
