import type { PolicyImpactQuery, PolicyLevel } from "../../gql/graphql";
import { POLICY_LABEL } from "../admin-shared/policy";

type Impact = PolicyImpactQuery["policyImpact"];

const users = (n: number) => `${n} user${n === 1 ? "" : "s"}`;

/** The first names of a group, and how many more there are. */
function Sample({ names, count }: { names: readonly string[]; count: number }) {
  if (names.length === 0) return null;
  const more = count - names.length;
  return (
    <p className="impact__sample">
      {names.join(", ")}
      {more > 0 && ` and ${more} more`}
    </p>
  );
}

const CONSEQUENCE: Record<PolicyLevel, string> = {
  REQUIRED: "Everyone it applies to must sign in with a second factor from now on.",
  OPTIONAL: "Nobody is signed out. Users who turned multi-factor authentication on are still asked for a code.",
  OFF: "Nobody is signed out. Users sign in with their password alone; their devices are kept but not asked for.",
};

/** What saving a policy would do, as `policyImpact` answered it. */
export function ImpactSummary({ impact, policy, domains }: { impact: Impact; policy: PolicyLevel; domains: string }) {
  return (
    <div className="impact">
      <h4 className="impact__title">
        Saving {POLICY_LABEL[policy]} for {domains}
      </h4>
      <p className="impact__line">{CONSEQUENCE[policy]}</p>
      <ul className="impact__groups">
        <li>
          <strong>{users(impact.loggedOut.count)} will be signed out</strong>
          <span className="impact__why"> (signed in without a second factor)</span>
          <Sample names={impact.loggedOut.sample} count={impact.loggedOut.count} />
        </li>
        <li>
          <strong>{users(impact.mustEnrol.count)} must set up MFA at their next sign-in</strong>
          <span className="impact__why"> (no verified device yet)</span>
          <Sample names={impact.mustEnrol.sample} count={impact.mustEnrol.count} />
        </li>
      </ul>
      <p className="impact__note">Mailboxes with their own override (set on the Mailboxes page) are not affected.</p>
    </div>
  );
}
