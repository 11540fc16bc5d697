import { useMutation } from "@apollo/client/react";
import { graphql } from "../../gql";

export const ReauthenticateDocument = graphql(`
  mutation Reauthenticate($input: ReauthenticateInput!) {
    reauthenticate(input: $input) {
      validUntil
    }
  }
`);

/** The step-up mutation: a passcode (with the texted code's challenge) or, without a device, the password. */
export function useReauthenticate() {
  return useMutation(ReauthenticateDocument, { fetchPolicy: "no-cache" });
}
