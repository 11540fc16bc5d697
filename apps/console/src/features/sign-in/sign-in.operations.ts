import { gql, type TypedDocumentNode } from "@apollo/client";

// Written by hand until GraphQL codegen is set up; keep in step with the API schema.
export interface LoginInput {
  username: string;
  password: string;
  /** The session is set as an HttpOnly cookie; the token never reaches the page's script. */
  cookie: boolean;
}

export type MfaFactorKind = "TOTP" | "SMS";

export interface LoginSuccess {
  __typename: "LoginSuccess";
  user: { __typename?: "User"; id: string; username: string };
}

export interface MfaChallenge {
  __typename: "MfaChallenge";
  challengeId: string;
  factors: Array<{
    __typename?: string;
    id: string;
    kind: MfaFactorKind;
    name: string;
    maskedPhone: string | null;
    isDefault: boolean;
  }>;
  smsSentTo: string | null;
}

export interface MfaSetupRequired {
  __typename: "MfaSetupRequired";
  user: { __typename?: "User"; id: string; username: string };
}

export type LoginResult = LoginSuccess | MfaChallenge | MfaSetupRequired;

export interface LoginMutation {
  login: LoginResult;
}

export interface LoginMutationVariables {
  input: LoginInput;
}

export const LoginDocument: TypedDocumentNode<LoginMutation, LoginMutationVariables> = gql`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on LoginSuccess {
        user {
          id
          username
        }
      }
      ... on MfaChallenge {
        challengeId
        smsSentTo
        factors {
          id
          kind
          name
          maskedPhone
          isDefault
        }
      }
      ... on MfaSetupRequired {
        user {
          id
          username
        }
      }
    }
  }
`;
