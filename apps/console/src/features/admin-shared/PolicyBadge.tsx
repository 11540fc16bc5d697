import { Badge } from "@mfa/ui";
import type { PolicyLevel } from "../../gql/graphql";
import { POLICY_LABEL, POLICY_TONE } from "./policy";

/** A policy level as a badge: Force-On, Optional or Off. */
export function PolicyBadge({ policy }: { policy: PolicyLevel }) {
  return <Badge tone={POLICY_TONE[policy]}>{POLICY_LABEL[policy]}</Badge>;
}
