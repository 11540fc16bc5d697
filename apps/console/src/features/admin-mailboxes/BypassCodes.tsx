import { useMutation } from "@apollo/client/react";
import { Alert, Button, ConfirmDialog, CopyButton, SelectField, TextField } from "@mfa/ui";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { formatDateTime } from "../../lib/format";
import { useReauth } from "../reauth/ReauthProvider";
import { plural, type ActionResult } from "./status";

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
const VALIDITIES: ReadonlyArray<{ minutes: number; label: string }> = [
  { minutes: 30, label: "30 minutes" },
  { minutes: 60, label: "1 hour" },
  { minutes: 240, label: "4 hours" },
  { minutes: 1440, label: "1 day" },
  { minutes: 4320, label: "3 days" },
];
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
  if (ticket.trim() === "") errors.ticket = "Enter the ticket reference.";
  else if (ticket.trim().length > TICKET_MAX) errors.ticket = `The ticket reference is at most ${TICKET_MAX} characters.`;
  if (reason.trim() === "") errors.reason = "Enter why the user needs bypass codes.";
  else if (reason.trim().length > REASON_MAX) errors.reason = `The reason is at most ${REASON_MAX} characters.`;
  return errors;
}

/** "N bypass codes, expire at ...", issuing a batch for a helpdesk ticket (shown once) and revoking them. */
export function BypassCodes({ user, bypassCodes, onResult }: BypassCodesProps) {
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
        onResult({ tone: "success", text: `The bypass codes of ${user.username} were revoked.` });
      }
    } catch (error) {
      onResult({ tone: "error", text: errorMessage(error) });
    }
    setAsking(null);
  }

  const validityLabel = VALIDITIES.find((v) => v.minutes === validity)?.label ?? `${validity} minutes`;
  return (
    <div className="bypass-codes">
      <p className="bypass-codes__summary">
        {bypassCodes.count > 0 && bypassCodes.expiresAt
          ? `${plural(bypassCodes.count, "bypass code", "bypass codes")}, expire at ${formatDateTime(bypassCodes.expiresAt)}`
          : "No bypass codes"}
      </p>
      {issued && (
        <div ref={issuedRef} tabIndex={-1}>
          <Alert tone="success">
            <p>
              Give these codes to {user.username}. They are shown only this once, each works once, until {formatDateTime(issued.expiresAt)}.
            </p>
            <ul className="bypass-codes__list" aria-label="Bypass codes">
              {issued.codes.map((code) => (
                <li key={code}>
                  <code>{code}</code>
                </li>
              ))}
            </ul>
            <CopyButton text={issued.codes.join("\n")} label="Copy the codes" />
            <Button variant="secondary" onClick={() => setIssued(null)}>
              Done
            </Button>
          </Alert>
        </div>
      )}
      <div className="mailbox-actions">
        {!open && (
          <Button variant="secondary" onClick={() => setOpen(true)} disabled={issuing}>
            Issue bypass codes
          </Button>
        )}
        {bypassCodes.count > 0 && (
          <Button variant="secondary" onClick={() => setAsking("revoke")} disabled={revoking}>
            Revoke
          </Button>
        )}
      </div>
      {open && (
        <form className="bypass-codes__form" onSubmit={submit} noValidate aria-label="Issue bypass codes">
          <SelectField label="Number of codes" value={count} onChange={(e) => setCount(Number(e.target.value))}>
            {COUNTS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </SelectField>
          <SelectField label="Valid for" value={validity} onChange={(e) => setValidity(Number(e.target.value))}>
            {VALIDITIES.map((v) => (
              <option key={v.minutes} value={v.minutes}>
                {v.label}
              </option>
            ))}
          </SelectField>
          <TextField label="Ticket reference" value={ticket} maxLength={TICKET_MAX} error={errors.ticket} onChange={(e) => setTicket(e.target.value)} />
          <TextField label="Reason" value={reason} maxLength={REASON_MAX} error={errors.reason} onChange={(e) => setReason(e.target.value)} />
          <div className="mailbox-actions">
            <Button type="submit" variant="primary" loading={issuing}>
              Issue
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={issuing}>
              Cancel
            </Button>
          </div>
        </form>
      )}
      <ConfirmDialog
        open={asking === "issue"}
        title={`Issue ${plural(count, "bypass code", "bypass codes")} for ${user.username}?`}
        tone="primary"
        busy={issuing}
        onConfirm={() => void runIssue()}
        onCancel={() => setAsking(null)}
      >
        <p>
          Each code signs {user.username} in once without their device, for {validityLabel}. Any earlier bypass codes stop working. Ticket {ticket.trim()} is
          recorded in the audit log.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === "revoke"}
        title={`Revoke the bypass codes of ${user.username}?`}
        busy={revoking}
        onConfirm={() => void runRevoke()}
        onCancel={() => setAsking(null)}
      >
        <p>{plural(bypassCodes.count, "bypass code stops", "bypass codes stop")} working at once.</p>
      </ConfirmDialog>
    </div>
  );
}
