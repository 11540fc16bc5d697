import type { JsonSchema } from "./openapi.schemas.js";

type Answer = { status: number; description: string; schema?: string; headers?: Record<string, string> };

const json = (name: string) => ({ "application/json": { schema: { $ref: `#/components/schemas/${name}` } } });

/** One operation: its successful answers, and the Identity fault for any other status. */
function op(summary: string, answers: Answer[], request?: string, secured = true): JsonSchema {
  const responses: Record<string, JsonSchema> = { default: { $ref: "#/components/responses/Fault" } };
  for (const a of answers) {
    const headers = a.headers && Object.fromEntries(Object.entries(a.headers).map(([name, description]) => [name, { description, schema: { type: "string" } }]));
    responses[String(a.status)] = { description: a.description, ...(a.schema ? { content: json(a.schema) } : {}), ...(headers ? { headers } : {}) };
  }
  return {
    summary,
    ...(secured ? {} : { security: [] }),
    ...(request ? { requestBody: { required: true, content: json(request) } } : {}),
    responses,
  };
}

const param = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });
const params = (...names: string[]) => ({ parameters: names.map(param) });

const MFA = "/users/{userId}/RAX-AUTH/multi-factor";
const PHONES = `${MFA}/mobile-phones`;
const OTP = `${MFA}/otp-devices`;

/** The door's paths, relative to the `/v2.0` server. */
export const paths: Record<string, JsonSchema> = {
  "/tokens": {
    post: op(
      "Sign in: a password, then (with X-SessionId) a passcode; or a SETUP-MFA token; or an API key",
      [
        { status: 200, description: "A token", schema: "Access" },
        { status: 401, description: "A passcode is needed (OS-MF), or the credentials are wrong", schema: "Fault", headers: { "WWW-Authenticate": "OS-MF sessionId='<id>', factor='PASSCODE'" } },
        { status: 429, description: "Too many attempts, or an API key over its budget for the minute", schema: "Fault", headers: { "Retry-After": "Seconds to wait" } },
      ],
      "TokenRequest",
      false,
    ),
  },
  "/openapi.json": { get: op("This document", [{ status: 200, description: "The OpenAPI document", schema: "OpenApiDocument" }], undefined, false) },
  "/users/{userId}": { ...params("userId"), get: op("A user: the caller, or a user of an admin's account", [{ status: 200, description: "The user", schema: "User" }]) },
  [MFA]: {
    ...params("userId"),
    put: op("Turn MFA on or off, choose the default factor type, or (admins) set the user's enforcement level", [{ status: 204, description: "Done" }], "MultiFactorSettings"),
    delete: op("Remove the user's MFA settings and devices", [{ status: 204, description: "Removed" }]),
  },
  [`${MFA}/bypass-codes`]: {
    ...params("userId"),
    post: op("Issue bypass codes for a user against a ticket (admins, with a recent step-up; never an API key)", [{ status: 200, description: "The codes, shown once", schema: "BypassCodes" }], "BypassCodesRequest"),
    delete: op("Revoke the user's bypass codes (admins)", [{ status: 204, description: "Revoked" }]),
  },
  [PHONES]: {
    ...params("userId"),
    post: op("Add a phone", [{ status: 201, description: "Added", schema: "MobilePhone", headers: { Location: "The phone's path" } }], "MobilePhoneRequest"),
    get: op("The user's phones", [{ status: 200, description: "The phones", schema: "MobilePhones" }]),
  },
  [`${PHONES}/{phoneId}`]: { ...params("userId", "phoneId"), delete: op("Remove a phone", [{ status: 204, description: "Removed" }]) },
  [`${PHONES}/{phoneId}/verificationcode`]: { ...params("userId", "phoneId"), post: op("Text a verification code to the phone", [{ status: 201, description: "Sent" }]) },
  [`${PHONES}/{phoneId}/verify`]: { ...params("userId", "phoneId"), post: op("Verify the phone with the texted code", [{ status: 202, description: "Verified" }], "VerificationCode") },
  [OTP]: {
    ...params("userId"),
    post: op("Add an OTP device", [{ status: 201, description: "Added", schema: "OtpDevice", headers: { Location: "The device's path" } }], "OtpDeviceRequest"),
    get: op("The user's OTP devices", [{ status: 200, description: "The devices", schema: "OtpDevices" }]),
  },
  [`${OTP}/{deviceId}`]: { ...params("userId", "deviceId"), delete: op("Remove an OTP device", [{ status: 204, description: "Removed" }]) },
  [`${OTP}/{deviceId}/verify`]: { ...params("userId", "deviceId"), post: op("Verify the device with a code from it", [{ status: 204, description: "Verified" }], "VerificationCode") },
  "/RAX-AUTH/domains/{domainId}": { ...params("domainId"), get: op("A domain of the admin's account", [{ status: 200, description: "The domain", schema: "Domain" }]) },
  "/RAX-AUTH/domains/{domainId}/multi-factor": {
    ...params("domainId"),
    put: op("Set the domain's enforcement level (admins)", [{ status: 204, description: "Set" }], "DomainMultiFactor"),
  },
};
