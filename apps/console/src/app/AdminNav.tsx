import { useQuery } from "@apollo/client/react";
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

/** The admin area of the navigation, shown to account admins only. */
export function AdminNav() {
  const { data, error } = useQuery(OutboxAvailableDocument);
  const outbox = data !== undefined || (error !== undefined && errorCode(error) !== "FORBIDDEN");
  return (
    <nav aria-label="Admin" className="shell__admin">
      <span className="shell__area" aria-hidden="true">
        Admin
      </span>
      <Link to="/admin/domains" className="shell__link">
        Domains
      </Link>
      <Link to="/admin/mailboxes" className="shell__link">
        Mailboxes
      </Link>
      <Link to="/admin/audit" className="shell__link">
        Audit log
      </Link>
      <Link to="/admin/account" className="shell__link">
        Account
      </Link>
      <Link to="/admin/sms" className="shell__link">
        Text messages
      </Link>
      <Link to="/admin/api-keys" className="shell__link">
        API keys
      </Link>
      <Link to="/admin/webhooks" className="shell__link">
        Webhooks
      </Link>
      {outbox && (
        <Link to="/admin/outbox" className="shell__link">
          SMS outbox
        </Link>
      )}
    </nav>
  );
}
