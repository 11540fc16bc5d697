import type { DeviceKind, PolicyLevel } from "@mfa/core";
import { DeviceKindEnum, PolicyLevelEnum } from "#src/graphql/enums.js";
import { maskPhone } from "@mfa/core";
import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { AppPasswordsUnavailable } from "#src/modules/app-passwords/app-passwords.service.js";
import { UserType } from "#src/modules/users/user.types.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import type { DeviceEntity } from "./device.entity.js";

const AppPasswordsUnavailableEnum: { readonly [K in AppPasswordsUnavailable]: K } = { DOMAIN_FORBIDS: "DOMAIN_FORBIDS", MFA_OFF: "MFA_OFF" };
registerEnumType(AppPasswordsUnavailableEnum, {
  name: "AppPasswordsUnavailableReason",
  description: "Why a user cannot make app passwords.",
  valuesConfig: {
    DOMAIN_FORBIDS: { description: "The administrator does not allow app passwords for the user's domain." },
    MFA_OFF: { description: "Multi-factor authentication is off for the user: their mail clients use their password." },
  },
});

@ObjectType("Device", { description: "A second factor. Secrets and full phone numbers are never shown." })
export class DeviceType {
  @Field(() => ID)
  id: string;

  @Field(() => DeviceKindEnum)
  kind: DeviceKind;

  @Field(() => String, { description: "The nickname the user gave it." })
  name: string;

  @Field(() => String, { nullable: true, description: "e.g. +1 *** *** 1000" })
  maskedPhone: string | null;

  @Field(() => Boolean, { description: "Whether the user proved possession of it (only verified devices sign in)." })
  verified: boolean;

  @Field(() => Boolean, { description: "The device the sign-in asks for first." })
  isDefault: boolean;

  @Field(() => Boolean, { description: "A phone marked as the backup number." })
  isBackup: boolean;

  @Field(() => [String], { description: "A passkey's or security key's transports (usb, nfc, ble, internal, hybrid); empty for other kinds." })
  transports: string[];

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When a code (or a passkey's answer) from it last passed." })
  lastUsedAt: Date | null;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;
}

export function presentDevice(device: DeviceEntity): DeviceType {
  return {
    id: device.id,
    kind: device.kind,
    name: device.name,
    maskedPhone: device.phoneE164 ? maskPhone(device.phoneE164) : null,
    verified: device.verifiedAt !== null,
    isDefault: device.isDefault,
    isBackup: device.isBackup,
    transports: device.transports ? device.transports.split(",").filter(Boolean) : [],
    lastUsedAt: device.lastUsedAt === null ? null : new Date(device.lastUsedAt),
    createdAt: new Date(device.createdAt),
  };
}

@ObjectType("Security", { description: "A user's MFA state." })
export class SecurityType {
  @Field(() => PolicyLevelEnum, { description: "The effective requirement." })
  policy: PolicyLevel;

  @Field(() => String, { description: "The policy explained in one sentence." })
  policyExplanation: string;

  @Field(() => Boolean, { description: "Whether the user turned MFA on (decides the login under OPTIONAL)." })
  mfaEnabled: boolean;

  @Field(() => Boolean, { description: "Whether the user may switch MFA on or off." })
  canChangeMfaEnabled: boolean;

  @Field(() => Boolean, { description: "Whether the user may set up devices at all (false under OFF)." })
  canEnroll: boolean;

  @Field(() => [DeviceKindEnum], { description: "The kinds of factor the policy accepts and offers to set up (only WEBAUTHN under PHISHING_RESISTANT; none under OFF)." })
  acceptedKinds: DeviceKind[];

  @Field(() => [DeviceType], { description: "The user's devices, verified or pending." })
  devices: DeviceType[];

  @Field(() => Int, { description: "Recovery codes not used yet." })
  recoveryCodesLeft: number;

  @Field(() => Boolean, { description: "Locked after too many wrong codes, until an admin unlocks or resets the user." })
  locked: boolean;

  @Field(() => Boolean, { description: "Whether the user may make app passwords for mail clients now (createAppPassword)." })
  canCreateAppPasswords: boolean;

  @Field(() => AppPasswordsUnavailableEnum, { nullable: true, description: "Why not, when canCreateAppPasswords is false." })
  appPasswordsUnavailableReason: AppPasswordsUnavailable | null;
}

@ObjectType("Viewer", { description: "The signed-in user." })
export class ViewerType extends UserType {
  @Field(() => Boolean, { description: "Whether this session passed a second factor." })
  mfaPassed: boolean;

  /** The signed-in user, for the field resolvers (`security`). */
  source: UserEntity;
}

@ObjectType()
export class EnrollTotpPayload {
  @Field(() => DeviceType)
  device: DeviceType;

  @Field(() => String, { description: "Base32 secret for manual entry. Shown this once." })
  secret: string;

  @Field(() => String, { description: "otpauth:// URI (the content of the QR code)." })
  otpauthUri: string;

  @Field(() => String, { description: "The QR code as a PNG data URL." })
  qrCodeDataUrl: string;
}

@ObjectType()
export class StartWebAuthnRegistrationPayload {
  @Field(() => DeviceType, { description: "The pending passkey; finishWebAuthnRegistration verifies it." })
  device: DeviceType;

  @Field(() => String, { description: "PublicKeyCredentialCreationOptionsJSON for navigator.credentials.create (works 5 minutes)." })
  optionsJson: string;
}

@ObjectType()
export class DevicePayload {
  @Field(() => DeviceType)
  device: DeviceType;
}

@ObjectType()
export class VerifyDevicePayload {
  @Field(() => DeviceType)
  device: DeviceType;

  @Field(() => String, { nullable: true, description: "A new full session token when this finished a forced setup (null with a cookie session)." })
  token: string | null;
}

@ObjectType()
export class DiscardPendingDevicePayload {
  @Field(() => ID, { description: "The pending device that was discarded." })
  deviceId: string;
}

@ObjectType()
export class SecurityPayload {
  @Field(() => SecurityType)
  security: SecurityType;
}

@ObjectType()
export class RecoveryCodesPayload {
  @Field(() => [String], { description: "Shown this once; each works once." })
  codes: string[];

  @Field(() => String, { description: "The codes as a text file, for download." })
  text: string;
}

