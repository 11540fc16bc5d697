import type { MockLink } from "@apollo/client/testing";
import { ReauthFactorsDocument } from "../features/reauth/ReauthDialog";
import { ReauthenticateDocument } from "../features/reauth/use-reauthenticate";
import { SendReauthenticationPasscodeDocument } from "../features/reauth/use-step-up-text";
import type { ReauthenticateInput } from "../gql/graphql";

export interface DeviceFixture {
  id: string;
  kind: "TOTP" | "SMS" | "WEBAUTHN";
  name: string;
  maskedPhone?: string | null;
  verified?: boolean;
  isDefault?: boolean;
}

/** An authenticator app, verified and the default. */
export const authenticator: DeviceFixture = { id: "d-app", kind: "TOTP", name: "Work phone", isDefault: true };
/** A verified phone. */
export const mobile: DeviceFixture = { id: "d-sms", kind: "SMS", name: "Mobile", maskedPhone: "+1 *** *** 0123" };

/** A verified passkey. */
export const laptopPasskey: DeviceFixture = { id: "d-pk", kind: "WEBAUTHN", name: "Work laptop" };

/** The devices the step-up prompt reads. */
export function reauthFactors(devices: DeviceFixture[]): MockLink.MockedResponse {
  return {
    request: { query: ReauthFactorsDocument },
    result: {
      data: {
        me: {
          __typename: "Viewer",
          id: "u1",
          security: {
            __typename: "Security",
            devices: devices.map((d) => ({ __typename: "Device", maskedPhone: null, verified: true, isDefault: false, ...d })),
          },
        },
      },
    },
  };
}

/** The step-up with this input, answered with a fresh proof (or `result` when given). */
export function stepUp(input: ReauthenticateInput, result?: MockLink.MockedResponse["result"]): MockLink.MockedResponse {
  return {
    request: { query: ReauthenticateDocument, variables: { input } },
    result: result ?? { data: { reauthenticate: { __typename: "ReauthenticatePayload", validUntil: "2026-03-03T10:10:00Z" } } },
  };
}

/** A step-up code texted to a phone. */
export function textedStepUp(deviceId: string, challengeId: string, sentTo: string): MockLink.MockedResponse {
  return {
    request: { query: SendReauthenticationPasscodeDocument, variables: { deviceId } },
    result: {
      data: {
        sendReauthenticationPasscode: { __typename: "ReauthenticationPasscodePayload", challengeId, sentTo, expiresAt: "2026-03-03T10:05:00Z" },
      },
    },
  };
}
