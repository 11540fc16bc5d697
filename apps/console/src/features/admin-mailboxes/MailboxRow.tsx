import { Badge } from "@mfa/ui";
import { useId } from "react";
import type { MailboxesQuery } from "../../gql/graphql";
import { Link } from "../../lib/router";
import { MailboxActions } from "./MailboxActions";
import { OverrideSelect } from "./OverrideSelect";
import { STATUS_LABEL, STATUS_TONE, type ActionResult } from "./status";

export type MailboxRowData = MailboxesQuery["mailboxes"]["nodes"][number];

export interface MailboxRowProps {
  mailbox: MailboxRowData;
  domainName: string;
  onResult: (result: ActionResult) => void;
  onChanged: () => Promise<unknown>;
}

/** One mailbox: its address (to its details), name, MFA status, devices, override and actions. */
export function MailboxRow({ mailbox, domainName, onResult, onChanged }: MailboxRowProps) {
  const nameId = useId();
  return (
    <tr>
      <th scope="row" className="mailboxes__address">
        <Link id={nameId} to={`/admin/users/${encodeURIComponent(mailbox.id)}`}>
          {mailbox.username}
        </Link>
      </th>
      <td>{mailbox.displayName}</td>
      <td>
        <Badge tone={STATUS_TONE[mailbox.mfaStatus]}>{STATUS_LABEL[mailbox.mfaStatus]}</Badge>
      </td>
      <td className="mailboxes__number">{mailbox.devices}</td>
      <td>
        <OverrideSelect
          user={mailbox}
          label={<span className="ui-visually-hidden">MFA override</span>}
          describedBy={nameId}
          follows={`the ${domainName} policy`}
          className="mailboxes__override"
          onResult={onResult}
          onChanged={onChanged}
        />
      </td>
      <td>
        <MailboxActions
          user={{ id: mailbox.id, username: mailbox.username, locked: mailbox.mfaStatus === "LOCKED", devices: mailbox.devices, isMailbox: true }}
          describedBy={nameId}
          onResult={onResult}
          onChanged={onChanged}
          onDeleted={onChanged}
        />
      </td>
    </tr>
  );
}
