import { Badge } from "@mfa/ui";
import { useState } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { formatTimestamp } from "../../lib/format";
import { useTranslation } from "react-i18next";

const EmailItemFragment = graphql(`
  fragment EmailItem_email on EmailMessage {
    id
    kind
    to
    subject
    text
    html
    createdAt
  }
`);


/**
 * One kept email: its subject, who it went to and when, the plain-text part, and the HTML part in a
 * sandboxed frame (no scripts, no same-origin access), loaded only when asked for.
 */
export function EmailItem(props: { email: FragmentType<typeof EmailItemFragment> }) {
  const { t } = useTranslation("outbox");
  const email = getFragmentData(EmailItemFragment, props.email);
  const [showHtml, setShowHtml] = useState(false);
  return (
    <article className="email" aria-labelledby={`email-${email.id}`}>
      <header className="email__header">
        <h3 id={`email-${email.id}`} className="email__subject">
          {email.subject}
        </h3>
        <p className="email__meta">
          <Badge tone={email.kind === "SECURITY_ALERT" ? "warning" : "accent"}>{t(`email.kind.${email.kind}`)}</Badge>
          <span>
            To <span className="email__to">{email.to}</span>
          </span>
          <time dateTime={email.createdAt}>{formatTimestamp(email.createdAt)}</time>
        </p>
      </header>
      <pre className="email__text">{email.text}</pre>
      <details className="email__html" onToggle={(event) => setShowHtml(event.currentTarget.open)}>
        <summary>{t("email.html")}</summary>
        {showHtml && <iframe className="email__frame" title={t("email.htmlOf", { subject: email.subject })} sandbox="" srcDoc={email.html} />}
      </details>
    </article>
  );
}
