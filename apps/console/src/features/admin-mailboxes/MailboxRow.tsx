import { Badge } from "@mfa/ui";
import { useId } from "react";
import type { MailboxesQuery } from "../../gql/graphql";
import { Link } from "../../lib/router";
import { MailboxActions } from "./MailboxActions";
import { OverrideSelect } from "./OverrideSelect";
import { statusLabel, STATUS_TONE, type ActionResult } from "./status";
import { useTranslation } from "react-i18next";

export type MailboxRowData = MailboxesQuery["mailboxes"]["nodes"][number];

export interface MailboxRowProps {
  mailbox: MailboxRowData;
  domainName: string;
  /** Every domain's mailboxes in one table: a Domain column, and no selection (bulk actions act on one domain). */
  showDomain?: boolean;
  onResult: (result: ActionResult) => void;
  onChanged: () => Promise<unknown>;
  selected: boolean;
  onSelect: (selected: boolean) => void;
}

/** One mailbox: its address (to its details), name, MFA status, devices, override and actions. */
export function MailboxRow({ mailbox, domainName, showDomain = false, onResult, onChanged, selected, onSelect }: MailboxRowProps) {
  const { t } = useTranslation("admin-mailboxes");
  const nameId = useId();
  return (
    <tr>
      {!showDomain && (
        <td className="mailboxes__select">
          <input type="checkbox" aria-label={t("row.select", { username: mailbox.username })} checked={selected} onChange={(event) => onSelect(event.currentTarget.checked)} />
        </td>
      )}
      <th scope="row" className="mailboxes__address">
        <Link id={nameId} to={`/admin/users/${encodeURIComponent(mailbox.id)}`}>
          {mailbox.username}
        </Link>
      </th>
      {showDomain && (
        <td>
          <Link to={`/admin/mailboxes?domain=${encodeURIComponent(mailbox.domainId)}`}>{mailbox.domainName}</Link>
        </td>
      )}
      <td>{mailbox.displayName}</td>
      <td>
        <Badge tone={STATUS_TONE[mailbox.mfaStatus]}>{statusLabel(mailbox.mfaStatus)}</Badge>
      </td>
      <td className="mailboxes__number">{mailbox.devices}</td>
      <td>
        <OverrideSelect
          user={mailbox}
          label={<span className="ui-visually-hidden">{t("row.override")}</span>}
          describedBy={nameId}
          follows={t("row.follows", { domain: domainName })}
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
