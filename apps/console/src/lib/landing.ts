import type { UserKind } from "../gql/graphql";

/** Where a sign-in lands: an account admin on the rollout Overview, anyone else on their own Security page. */
export const landingPath = (kind: UserKind | null | undefined): string => (kind === "ADMIN" ? "/admin/overview" : "/security");
