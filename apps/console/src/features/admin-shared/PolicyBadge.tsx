import { Badge } from "@mfa/ui";
import type { PolicyLevel } from "../../gql/graphql";
import { formatDate } from "../../lib/format";
import { policyLabel, POLICY_TONE } from "./policy";
import { i18n } from "../../i18n/i18n";

/** A policy level as a badge: Force-On (or "Force-On from <date>" before its deadline), Optional or Off. */
export function PolicyBadge({ policy, enforceFrom }: { policy: PolicyLevel; enforceFrom?: string | null }) {
  const upcoming = policy === "REQUIRED" && enforceFrom && Date.parse(enforceFrom) > Date.now();
  return <Badge tone={upcoming ? "warning" : POLICY_TONE[policy]}>{upcoming ? i18n.t("admin-shared:policyFrom", { policy: policyLabel(policy), date: formatDate(enforceFrom) }) : policyLabel(policy)}</Badge>;
}
