import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { graphql } from "../gql";
import { errorCode } from "../lib/graphql-errors";
import { Link } from "../lib/router";

/** Whether the service keeps texts in its outbox (answers FORBIDDEN when a real SMS provider sends them). */
export const OutboxAvailableDocument = graphql(`
  query OutboxAvailable {
    smsOutbox(first: 1) {
      id
    }
  }
`);

/** Whether the service keeps emails in its outbox (answers FORBIDDEN when a mail server sends them). */
export const EmailOutboxAvailableDocument = graphql(`
  query EmailOutboxAvailable {
    emailOutbox(first: 1) {
      id
    }
  }
`);

/** Whether an outbox query says the outbox is on: it answered, or failed for another reason than FORBIDDEN. */
const isOn = ({ data, error }: { data?: unknown; error?: unknown }) => data !== undefined || (error !== undefined && errorCode(error) !== "FORBIDDEN");

/** The admin area of the navigation, shown to account admins only. */
export function AdminNav() {
  const { t } = useTranslation();
  const texts = useQuery(OutboxAvailableDocument);
  const emails = useQuery(EmailOutboxAvailableDocument);
  const outbox = isOn(texts) || isOn(emails);
  return (
    <nav aria-label={t("nav.label")} className="shell__admin">
      <span className="shell__area" aria-hidden="true">
        {t("nav.area")}
      </span>
      <Link to="/admin/overview" className="shell__link">
        {t("nav.overview")}
      </Link>
      <Link to="/admin/domains" className="shell__link">
        {t("nav.domains")}
      </Link>
      <Link to="/admin/mailboxes" className="shell__link">
        {t("nav.mailboxes")}
      </Link>
      <Link to="/admin/audit" className="shell__link">
        {t("nav.audit")}
      </Link>
      <Link to="/admin/account" className="shell__link">
        {t("nav.account")}
      </Link>
      <Link to="/admin/sms" className="shell__link">
        {t("nav.sms")}
      </Link>
      <Link to="/admin/api-keys" className="shell__link">
        {t("nav.apiKeys")}
      </Link>
      <Link to="/admin/webhooks" className="shell__link">
        {t("nav.webhooks")}
      </Link>
      {outbox && (
        <Link to="/admin/outbox" className="shell__link">
          {t("nav.outbox")}
        </Link>
      )}
    </nav>
  );
}
