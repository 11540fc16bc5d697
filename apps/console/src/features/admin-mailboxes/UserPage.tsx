import { useQuery } from "@apollo/client/react";
import { Alert, Badge, Button, Card, PageHeader, Spinner } from "@mfa/ui";
import { useEffect, useRef, useState } from "react";
import { getFragmentData, graphql } from "../../gql";
import { formatDateTime } from "../../lib/format";
import { useNotice } from "../../lib/notice";
import { Link, navigate, usePage } from "../../lib/router";
import { AdminLoadError } from "../admin-shared/AdminLoadError";
import { PolicyBadge } from "../admin-shared/PolicyBadge";
import { BypassCodes } from "./BypassCodes";
import { MailboxActions } from "./MailboxActions";
import { OverrideSelect } from "./OverrideSelect";
import { STATUS_LABEL, STATUS_TONE, type ActionResult } from "./status";
import { UserDevices } from "./UserDevices";
import "../admin-shared/admin.css";
import "./mailboxes.css";

const UserPageFragment = graphql(`
  fragment UserPage_user on AdminUserView {
    id
    username
    displayName
    kind
    domainId
    effectivePolicy
    lockedAt
    mfaEnabled
    mfaOverride
    mfaStatus
    recoveryCodesLeft
    bypassCodes {
      count
      expiresAt
    }
    devices {
      id
      kind
      name
      maskedPhone
      verified
      isDefault
      isBackup
      lastUsedAt
      createdAt
    }
  }
`);

export const UserPageDocument = graphql(`
  query UserPage($id: ID!) {
    user(id: $id) {
      id
      ...UserPage_user
    }
  }
`);

/** Admin › a user: MFA state, override, masked devices, and the admin's actions. */
export function UserPage({ id }: { id: string }) {
  const { data, error, loading, refetch } = useQuery(UserPageDocument, { variables: { id }, fetchPolicy: "cache-and-network" });
  const user = data ? getFragmentData(UserPageFragment, data.user) : null;
  const headingRef = usePage(user?.username ?? "User");
  const { showNotice } = useNotice();
  const [result, setResult] = useState<ActionResult | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const back = user?.domainId ? `/admin/mailboxes?domain=${encodeURIComponent(user.domainId)}` : "/admin/mailboxes";

  if (!user) {
    return (
      <div className="admin-page">
        <PageHeader headingRef={headingRef} title="User" />
        {error ? (
          <AdminLoadError what="This user" error={error} onRetry={() => void refetch().catch(() => {})} retrying={loading} />
        ) : (
          <Spinner label="Loading the user" showLabel />
        )}
        <p>
          <Link to="/admin/mailboxes">Back to the mailboxes</Link>
        </p>
      </div>
    );
  }

  const isMailbox = user.kind === "MAILBOX";
  return (
    <div className="admin-page">
      <PageHeader
        headingRef={headingRef}
        title={user.username}
        description={`${user.displayName} · ${isMailbox ? "Mailbox" : "Account admin"}`}
        actions={<Link to={back}>{isMailbox ? "Back to the mailboxes" : "Mailboxes"}</Link>}
      />
      {result && (
        <div ref={resultRef} tabIndex={-1} className="admin-page__notice">
          <Alert tone={result.tone}>
            <p>{result.text}</p>
            <Button variant="secondary" onClick={() => setResult(null)}>
              Dismiss
            </Button>
          </Alert>
        </div>
      )}
      <Card title="Multi-factor authentication">
        <dl className="user-summary">
          <dt>Status</dt>
          <dd>
            <Badge tone={STATUS_TONE[user.mfaStatus]}>{STATUS_LABEL[user.mfaStatus]}</Badge>
            {user.lockedAt && ` since ${formatDateTime(user.lockedAt)}`}
          </dd>
          <dt>Policy that applies</dt>
          <dd>
            <PolicyBadge policy={user.effectivePolicy} />
          </dd>
          <dt>Their own switch</dt>
          <dd>{user.mfaEnabled ? "On" : "Off"}</dd>
          <dt>Recovery codes left</dt>
          <dd>{user.recoveryCodesLeft}</dd>
          <dt>Override</dt>
          <dd>
            <OverrideSelect
              user={user}
              label={<span className="ui-visually-hidden">MFA override</span>}
              follows={isMailbox ? "their domain’s policy" : "the account’s admin policy"}
              onResult={setResult}
            />
          </dd>
        </dl>
        <MailboxActions
          user={{ id: user.id, username: user.username, locked: user.mfaStatus === "LOCKED", devices: user.devices.filter((d) => d.verified).length, isMailbox }}
          onResult={setResult}
          onDeleted={() => {
            showNotice({ path: "/admin/mailboxes", message: `${user.username} was deleted.` });
            navigate(back, { replace: true });
          }}
        />
      </Card>
      <Card title="Bypass codes">
        <BypassCodes user={{ id: user.id, username: user.username }} bypassCodes={user.bypassCodes} onResult={setResult} />
      </Card>
      <Card title="Devices">
        <UserDevices devices={user.devices} />
      </Card>
      <p>
        <Link to={`/admin/audit?user=${encodeURIComponent(user.id)}`}>Audit events by or about {user.username}</Link>
      </p>
    </div>
  );
}
