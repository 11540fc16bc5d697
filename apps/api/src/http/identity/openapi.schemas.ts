import { POLICY_LEVELS, USER_OVERRIDES } from "@mfa/core";

/** A JSON Schema 2020-12 object, as OpenAPI 3.1 takes it. */
export type JsonSchema = Record<string, unknown>;

const FAULT_NAMES = ["badRequest", "unauthorized", "forbidden", "itemNotFound", "badMethod", "overLimit", "badMediaType", "identityFault", "serviceUnavailable"];

/** An object with exactly these properties, all required. */
const exact = (properties: Record<string, JsonSchema>, optional: string[] = []): JsonSchema => ({
  type: "object",
  properties,
  required: Object.keys(properties).filter((key) => !optional.includes(key)),
  additionalProperties: false,
});
const str: JsonSchema = { type: "string" };
const bool: JsonSchema = { type: "boolean" };
const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
/** A body holding one object under a `RAX-AUTH:` name. */
const wrapped = (key: string, schema: JsonSchema): JsonSchema => exact({ [key]: schema });

const role = exact({ id: str, name: { enum: ["identity:user-admin", "identity:default", "mfa:api-key-read", "mfa:api-key-admin"] }, description: str });
const endpoint = exact({ publicURL: str });
const service = exact({ name: str, type: str, endpoints: { type: "array", items: endpoint } });
const factor = { enum: ["PASSWORD", "OTPPASSCODE", "PASSCODE", "RECOVERY_CODE", "BYPASS_CODE", "APIKEY"] };

/** The answers of the door (`additionalProperties: false`: a field added in code must be added here). */
const answers: Record<string, JsonSchema> = {
  FaultBody: exact({ code: { type: "integer" }, message: str }),
  Fault: { type: "object", minProperties: 1, maxProperties: 1, propertyNames: { enum: FAULT_NAMES }, additionalProperties: ref("FaultBody") },
  Access: wrapped(
    "access",
    exact(
      {
        serviceCatalog: { type: "array", items: service, description: "This service's endpoints; absent from a SETUP-MFA token's answer." },
        token: exact(
          {
            id: str,
            expires: { type: "string", description: "ISO 8601 date-time." },
            "RAX-AUTH:authenticatedBy": {
              type: "array",
              items: factor,
              description: "The second factor first, then PASSWORD (as GraphQL's completeLogin); [\"APIKEY\"] for an API key's token.",
            },
            "RAX-AUTH:scope": { const: "SETUP-MFA", description: "Only on a token that may set up MFA and nothing else." },
          },
          ["RAX-AUTH:scope"],
        ),
        user: exact({
          id: str,
          name: str,
          "RAX-AUTH:domainId": str,
          "RAX-AUTH:federated": { const: false },
          "RAX-AUTH:multiFactorEnabled": bool,
          roles: { type: "array", items: role, minItems: 1 },
        }),
      },
      ["serviceCatalog"],
    ),
  ),
  MobilePhone: wrapped("RAX-AUTH:mobilePhone", exact({ id: str, number: { type: "string", pattern: "^\\+[0-9]+$" } })),
  MobilePhones: wrapped("RAX-AUTH:mobilePhones", { type: "array", items: exact({ id: str, number: { type: "string", description: "Masked." }, verified: bool }) }),
  OtpDevice: wrapped(
    "RAX-AUTH:otpDevice",
    exact({ id: str, keyUri: { type: "string", pattern: "^otpauth://totp/" }, name: str, qrcode: { type: "string", pattern: "^data:image/png;base64," }, verified: { const: false } }),
  ),
  OtpDevices: wrapped("RAX-AUTH:otpDevices", { type: "array", items: exact({ id: str, name: str, verified: bool }) }),
  User: wrapped(
    "user",
    exact({
      id: str,
      username: str,
      enabled: bool,
      email: str,
      "RAX-AUTH:domainId": str,
      "RAX-AUTH:multiFactorEnabled": bool,
      "RAX-AUTH:userMultiFactorEnforcementLevel": { enum: [...USER_OVERRIDES] },
    }),
  ),
  BypassCodes: wrapped(
    "RAX-AUTH:bypassCodes",
    exact({ codes: { type: "array", items: str, minItems: 1, maxItems: 10 }, validityDuration: { type: "string", description: "ISO 8601, e.g. PT30M." }, expires: { type: "string", description: "ISO 8601 date-time." } }),
  ),
  OpenApiDocument: { type: "object", required: ["openapi", "info", "paths"] },
  Domain: wrapped("RAX-AUTH:domain", exact({ domainMultiFactorEnforcementLevel: { enum: [...POLICY_LEVELS] }, enabled: bool, id: str, name: str })),
};

/** What the door takes (documentation; the handlers check the bodies themselves). */
const requests: Record<string, JsonSchema> = {
  TokenRequest: {
    type: "object",
    required: ["auth"],
    properties: {
      auth: {
        type: "object",
        properties: {
          passwordCredentials: exact({ username: str, password: str }),
          "RAX-KSKEY:apiKeyCredentials": {
            ...exact({ username: { type: "string", description: "The key's name." }, apiKey: { type: "string", description: "The key (mfak_...)." } }),
            description: "An API key: a token with the key's scope, authenticatedBy [\"APIKEY\"]. A wrong name or key answers as a wrong password.",
          },
          "RAX-AUTH:passcodeCredentials": exact({ passcode: str }),
          "RAX-AUTH:scope": { const: "SETUP-MFA" },
        },
      },
    },
  },
  MobilePhoneRequest: wrapped("RAX-AUTH:mobilePhone", exact({ number: { type: "string", description: "E.123, e.g. +1 512-555-1000." } })),
  OtpDeviceRequest: wrapped("RAX-AUTH:otpDevice", exact({ name: { type: "string", maxLength: 64 } })),
  VerificationCode: wrapped("RAX-AUTH:verificationCode", exact({ code: str })),
  MultiFactorSettings: wrapped(
    "RAX-AUTH:multiFactor",
    exact({ enabled: bool, factorType: { enum: ["SMS", "OTP"] }, userMultiFactorEnforcementLevel: { enum: [...USER_OVERRIDES] } }, ["enabled", "factorType", "userMultiFactorEnforcementLevel"]),
  ),
  BypassCodesRequest: {
    type: "object",
    properties: {
      "RAX-AUTH:bypassCodes": {
        type: "object",
        properties: {
          validityDuration: { type: "string", description: "ISO 8601, PT1M to P3D; PT30M when absent." },
          numberOfCodes: { type: ["string", "integer"], description: "1 to 10; 1 when absent." },
          ticket: { type: "string", maxLength: 64, description: "The helpdesk ticket (or the X-Ticket-Reference header)." },
          reason: { type: "string", maxLength: 200, description: "Why (or the X-Ticket-Reason header)." },
        },
      },
      numberOfCodes: { type: ["string", "integer"] },
    },
  },
  DomainMultiFactor: wrapped("RAX-AUTH:multiFactorDomain", exact({ domainMultiFactorEnforcementLevel: { enum: [...POLICY_LEVELS] } })),
};

export const schemas: Record<string, JsonSchema> = { ...answers, ...requests };
