import { Badge, Meter } from "@mfa/ui";
import type { DomainCoverage } from "../../gql/graphql";
import { useTranslation } from "react-i18next";


/** How many of a domain's mailboxes have MFA set up (and a phishing-resistant passkey), and how many are locked. */
export function CoverageBar({ domainName, coverage }: { domainName: string; coverage: Pick<DomainCoverage, "mailboxes" | "enrolled" | "locked" | "passkeys"> }) {
  const { t } = useTranslation("admin-domains");
  const { mailboxes, enrolled, locked, passkeys } = coverage;
  const text = mailboxes === 0 ? t("coverage.none") : t("coverage.text", { enrolled, count: mailboxes });
  return (
    <div className="coverage">
      <Meter
        className="coverage__bar"
        label={t("coverage.label", { domain: domainName })}
        value={enrolled}
        max={mailboxes}
        valueText={text}
        tone={mailboxes > 0 && enrolled === mailboxes ? "success" : "accent"}
      />
      <p className="coverage__text">
        <span>{text}</span>
        {mailboxes > 0 && <span>{t("coverage.passkeys", { count: passkeys })}</span>}
        {locked > 0 && <Badge tone="danger">{t("coverage.locked", { count: locked })}</Badge>}
      </p>
    </div>
  );
}
