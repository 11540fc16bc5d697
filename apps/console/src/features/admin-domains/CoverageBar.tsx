import { Badge, Meter } from "@mfa/ui";
import type { DomainCoverage } from "../../gql/graphql";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** How many of a domain's mailboxes have MFA set up, and how many are locked. */
export function CoverageBar({ domainName, coverage }: { domainName: string; coverage: Omit<DomainCoverage, "__typename"> }) {
  const { mailboxes, enrolled, locked } = coverage;
  const text = mailboxes === 0 ? "No mailboxes yet" : `${enrolled} of ${plural(mailboxes, "mailbox", "mailboxes")} enrolled`;
  return (
    <div className="coverage">
      <Meter
        className="coverage__bar"
        label={`MFA coverage of ${domainName}`}
        value={enrolled}
        max={mailboxes}
        valueText={text}
        tone={mailboxes > 0 && enrolled === mailboxes ? "success" : "accent"}
      />
      <p className="coverage__text">
        <span>{text}</span>
        {locked > 0 && <Badge tone="danger">{locked} locked</Badge>}
      </p>
    </div>
  );
}
