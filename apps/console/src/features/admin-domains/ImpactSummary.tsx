import type { PolicyImpactQuery, PolicyLevel } from "../../gql/graphql";
import { formatDate } from "../../lib/format";
import { policyLabel } from "../admin-shared/policy";
import { useTranslation } from "react-i18next";
import { i18n } from "../../i18n/i18n";

type Impact = PolicyImpactQuery["policyImpact"];

const users = (n: number) => i18n.t("admin-domains:impact.users", { count: n });

/** The first names of a group, and how many more there are. */
function Sample({ names, count }: { names: readonly string[]; count: number }) {
  const { t } = useTranslation("admin-domains");
  if (names.length === 0) return null;
  const more = count - names.length;
  return (
    <p className="impact__sample">
      {names.join(", ")}
      {more > 0 && t("impact.more", { count: more })}
    </p>
  );
}


/** What saving a policy would do, as `policyImpact` answered it. */
export function ImpactSummary({ impact, policy, domains }: { impact: Impact; policy: PolicyLevel; domains: string }) {
  const { t } = useTranslation("admin-domains");
  return (
    <div className="impact">
      <h4 className="impact__title">
        {impact.enforceFrom
          ? t("impact.titleFrom", { policy: policyLabel(policy), date: formatDate(impact.enforceFrom), domains })
          : t("impact.title", { policy: policyLabel(policy), domains })}
      </h4>
      <p className="impact__line">
        {impact.enforceFrom
          ? t("impact.until", { date: formatDate(impact.enforceFrom) })
          : t(`impact.consequence.${policy}`)}
      </p>
      <ul className="impact__groups">
        <li>
          <strong>{t("impact.signedOut", { users: users(impact.loggedOut.count) })}</strong>
          <span className="impact__why">{t("impact.signedOutWhy")}</span>
          <Sample names={impact.loggedOut.sample} count={impact.loggedOut.count} />
        </li>
        <li>
          <strong>
            {impact.enforceFrom
              ? t("impact.mustEnrolBy", { users: users(impact.mustEnrol.count), date: formatDate(impact.enforceFrom) })
              : t("impact.mustEnrolNext", { users: users(impact.mustEnrol.count) })}
          </strong>
          <span className="impact__why">{t("impact.mustEnrolWhy")}</span>
          <Sample names={impact.mustEnrol.sample} count={impact.mustEnrol.count} />
        </li>
      </ul>
      <p className="impact__note">{t("impact.note")}</p>
    </div>
  );
}
