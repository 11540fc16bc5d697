import { gql, type TypedDocumentNode } from "@apollo/client";

// Written by hand until GraphQL codegen is set up; keep in step with the API schema.
export interface HealthQuery {
  health: {
    __typename?: string;
    status: string;
    database: string;
  };
}

export type HealthQueryVariables = Record<string, never>;

export const HealthDocument: TypedDocumentNode<HealthQuery, HealthQueryVariables> = gql`
  query Health {
    health {
      status
      database
    }
  }
`;
