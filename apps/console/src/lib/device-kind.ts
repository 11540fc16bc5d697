import type { DeviceKind } from "../gql/graphql";
import { i18n } from "../i18n/i18n";

/** Transports as people name them. */
const TRANSPORTS = new Set(["internal", "hybrid", "usb", "nfc", "ble", "smart-card", "cable"]);
const transport = (name: string) => (TRANSPORTS.has(name) ? i18n.t(`device.transport.${name}`) : name);

/** What a device is, in one line: "Authenticator app", "Phone · +1 *** *** 1000", "Passkey · this device". */
export function deviceKindLine(device: { kind: DeviceKind; maskedPhone?: string | null; transports: readonly string[] }): string {
  if (device.kind === "SMS") return i18n.t("device.phone", { phone: device.maskedPhone ?? "" });
  if (device.kind === "TOTP") return i18n.t("device.totp");
  const ways = [...new Set(device.transports.map(transport))];
  const what = i18n.t(device.transports.includes("internal") ? "device.passkey" : device.transports.length > 0 ? "device.securityKey" : "device.passkeyOrKey");
  return ways.length > 0 ? i18n.t("device.withWays", { what, ways: ways.join(", ") }) : what;
}
