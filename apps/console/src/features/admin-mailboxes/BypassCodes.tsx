import { useMutation } from "@apollo/client/react";
import { Alert, Button, ConfirmDialog, CopyButton, SelectField, TextField } from "@mfa/ui";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { formatDateTime } from "../../lib/format";
import { useReauth } from "../reauth/ReauthProvider";
import { counted, type ActionResult } from "./status";
import { useTranslation } from "react-i18next";
import { i18n } from "../../i18n/i18n";

export const IssueBypassCodesDocument = graphql(`
  mutation IssueBypassCodes($input: IssueBypassCodesInput!) {
    issueBypassCodes(input: $input) {
      codes
      expiresAt
      user {
        id
        ...UserPage_user
      }
    }
  }
`);

export const RevokeBypassCodesDocument = graphql(`
  mutation RevokeBypassCodes($userId: ID!) {
    revokeBypassCodes(userId: $userId) {
      user {
        id
        ...UserPage_user
      }
    }
  }
`);

const COUNTS = Array.from({ length: 10 }, (_, i) => i + 1);
/** Validity choices in minutes; the service takes at most 3 days. */
const VALIDITIES: readonly number[] = [30, 60, 240, 1440, 4320];
const TICKET_MAX = 64;
const REASON_MAX = 200;

export interface BypassCodesProps {
  user: { id: string; username: string };
  bypassCodes: { count: number; expiresAt?: string | null };
  onResult: (result: ActionResult) => void;
}

type Errors = { ticket?: string; reason?: string };

function validate(ticket: string, reason: string): Errors {
  const errors: Errors = {};
  if (ticket.trim() === "") errors.ticket = i18n.t("admin-mailboxes:bypass.enterTicket");
  else if (ticket.trim().length > TICKET_MAX) errors.ticket = i18n.t("admin-mailboxes:bypass.ticketTooLong", { max: TICKET_MAX });
  if (reason.trim() === "") errors.reason = i18n.t("admin-mailboxes:bypass.enterReason");
  else if (reason.trim().length > REASON_MAX) errors.reason = i18n.t("admin-mailboxes:bypass.reasonTooLong", { max: REASON_MAX });
  return errors;
}

/** "N bypass codes, expire at ...", issuing a batch for a helpdesk ticket (shown once) and revoking them. */
export function BypassCodes({ user, bypassCodes, onResult }: BypassCodesProps) {
  const { t } = useTranslation("admin-mailboxes");
  const [open, setOpen] = useState(false);
  const [count, setCount] = useState(1);
  const [validity, setValidity] = useState(30);
  const [ticket, setTicket] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [asking, setAsking] = useState<"issue" | "revoke" | null>(null);
  const [issued, setIssued] = useState<{ codes: string[]; expiresAt: string } | null>(null);
  const issuedRef = useRef<HTMLDivElement>(null);
  const guard = useReauth();
  const [issue, { loading: issuing }] = useMutation(IssueBypassCodesDocument);
  const [revoke, { loading: revoking }] = useMutation(RevokeBypassCodesDocument);

  useEffect(() => {
    if (issued) issuedRef.current?.focus();
  }, [issued]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(ticket, reason);
    setErrors(found);
    if (!found.ticket && !found.reason) setAsking("issue");
  }

  async function runIssue() {
    try {
      const res = await guard(() => issue({ variables: { input: { userId: user.id, count, validityMinutes: validity, ticket: ticket.trim(), reason: reason.trim() } } }));
      const data = res ? res.data?.issueBypassCodes : null;
      if (data) {
        setIssued({ codes: data.codes, expiresAt: String(data.expiresAt) });
        setOpen(false);
        setTicket("");
        setReason("");
      }
    } catch (error) {
      onResult({ tone: "error", text: errorMessage(error) });
    }
    setAsking(null);
  }

  async function runRevoke() {
    try {
      if (await guard(() => revoke({ variables: { userId: user.id } }))) {
        setIssued(null);
        onResult({ tone: "success", text: t("bypass.revoked", { username: user.username }) });
      }
    } catch (error) {
      onResult({ tone: "error", text: errorMessage(error) });
    }
    setAsking(null);
  }

  const validityText = (minutes: number) => (VALIDITIES.includes(minutes) ? t(`bypass.v${minutes}`) : t("bypass.minutes", { count: minutes }));
  const validityLabel = validityText(validity);
  return (
    <div className="bypass-codes">
      <p className="bypass-codes__summary">
        {bypassCodes.count > 0 && bypassCodes.expiresAt
          ? t("bypass.summary", { codes: counted(bypassCodes.count, "bypassCode"), date: formatDateTime(bypassCodes.expiresAt) })
          : t("bypass.none")}
      </p>
      {issued && (
        <div ref={issuedRef} tabIndex={-1}>
          <Alert tone="success">
            <p>
              {t("bypass.give", { username: user.username, date: formatDateTime(issued.expiresAt) })}
            </p>
            <ul className="bypass-codes__list" aria-label={t("bypass.listLabel")}>
              {issued.codes.map((code) => (
                <li key={code}>
                  <code>{code}</code>
                </li>
              ))}
            </ul>
            <CopyButton text={issued.codes.join("\n")} label={t("bypass.copy")} />
            <Button variant="secondary" onClick={() => setIssued(null)}>
              {t("bypass.done")}
            </Button>
          </Alert>
        </div>
      )}
      <div className="mailbox-actions">
        {!open && (
          <Button variant="secondary" onClick={() => setOpen(true)} disabled={issuing}>
            {t("bypass.issueButton")}
          </Button>
        )}
        {bypassCodes.count > 0 && (
          <Button variant="secondary" onClick={() => setAsking("revoke")} disabled={revoking}>
            {t("bypass.revoke")}
          </Button>
        )}
      </div>
      {open && (
        <form className="bypass-codes__form" onSubmit={submit} noValidate aria-label={t("bypass.formLabel")}>
          <SelectField label={t("bypass.count")} value={count} onChange={(e) => setCount(Number(e.target.value))}>
            {COUNTS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("bypass.validFor")} value={validity} onChange={(e) => setValidity(Number(e.target.value))}>
            {VALIDITIES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {validityText(minutes)}
              </option>
            ))}
          </SelectField>
          <TextField label={t("bypass.ticket")} value={ticket} maxLength={TICKET_MAX} error={errors.ticket} onChange={(e) => setTicket(e.target.value)} />
          <TextField label={t("bypass.reason")} value={reason} maxLength={REASON_MAX} error={errors.reason} onChange={(e) => setReason(e.target.value)} />
          <div className="mailbox-actions">
            <Button type="submit" variant="primary" loading={issuing}>
              {t("bypass.issue")}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={issuing}>
              {t("bypass.cancel")}
            </Button>
          </div>
        </form>
      )}
      <ConfirmDialog
        open={asking === "issue"}
        title={t("bypass.issueTitle", { codes: counted(count, "bypassCode"), username: user.username })}
        tone="primary"
        busy={issuing}
        onConfirm={() => void runIssue()}
        onCancel={() => setAsking(null)}
      >
        <p>{t("bypass.issueText", { username: user.username, validity: validityLabel, ticket: ticket.trim() })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === "revoke"}
        title={t("bypass.revokeTitle", { username: user.username })}
        busy={revoking}
        onConfirm={() => void runRevoke()}
        onCancel={() => setAsking(null)}
      >
        <p>{t("bypass.revokeText", { count: bypassCodes.count })}</p>
      </ConfirmDialog>
    </div>
  );
}
