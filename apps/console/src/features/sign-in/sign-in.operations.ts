import { gql, type TypedDocumentNode } from "@apollo/client";

// Written by hand until GraphQL codegen is set up; keep in step with the API schema.
export interface LoginInput {
  username: string;
  password: string;
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
    label: string;
    isDefault: boolean;
  }>;
}

export interface MfaSetupRequired {
  __typename: "MfaSetupRequired";
  setupToken: string;
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
        factors {
          id
          kind
          label
          isDefault
        }
      }
      ... on MfaSetupRequired {
        setupToken
      }
    }
  }
`;
