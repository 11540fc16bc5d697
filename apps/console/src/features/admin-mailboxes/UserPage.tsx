import { useQuery } from "@apollo/client/react";
import { Alert, Badge, Button, Card, PageHeader, Spinner } from "@mfa/ui";
import { useEffect, useRef, useState } from "react";
import { getFragmentData, graphql } from "../../gql";
import { formatDateTime } from "../../lib/format";
import { useNotice } from "../../lib/notice";
import { Link, navigate, usePage } from "../../lib/router";
import { AdminLoadError } from "../admin-shared/AdminLoadError";
import { PolicyBadge } from "../admin-shared/PolicyBadge";
import { UserSessions } from "../sessions/UserSessions";
import { BypassCodes } from "./BypassCodes";
import { SharedPhones } from "./SharedPhones";
import { UserAppPasswords } from "./UserAppPasswords";
import { MailboxActions } from "./MailboxActions";
import { OverrideSelect } from "./OverrideSelect";
import { statusLabel, STATUS_TONE, type ActionResult } from "./status";
import { UserDevices } from "./UserDevices";
import "../admin-shared/admin.css";
import "./mailboxes.css";
import { useTranslation } from "react-i18next";

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
    appPasswordCount
    sharedPhoneNumbers {
      ...SharedPhones_flag
    }
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
      transports
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
  const { t } = useTranslation("admin-mailboxes");
  const { data, error, loading, refetch } = useQuery(UserPageDocument, { variables: { id }, fetchPolicy: "cache-and-network" });
  const user = data ? getFragmentData(UserPageFragment, data.user) : null;
  const headingRef = usePage(user?.username ?? t("user.fallbackTitle"));
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
        <PageHeader headingRef={headingRef} title={t("user.fallbackTitle")} />
        {error ? (
          <AdminLoadError what={t("user.loadWhat")} error={error} onRetry={() => void refetch().catch(() => {})} retrying={loading} />
        ) : (
          <Spinner label={t("user.loading")} showLabel />
        )}
        <p>
          <Link to="/admin/mailboxes">{t("user.back")}</Link>
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
        description={t("user.description", { name: user.displayName, kind: isMailbox ? t("user.mailbox") : t("user.admin") })}
        actions={<Link to={back}>{isMailbox ? t("user.back") : t("user.mailboxes")}</Link>}
      />
      {result && (
        <div ref={resultRef} tabIndex={-1} className="admin-page__notice">
          <Alert tone={result.tone}>
            <p>{result.text}</p>
            <Button variant="secondary" onClick={() => setResult(null)}>
              {t("user.dismiss")}
            </Button>
          </Alert>
        </div>
      )}
      <SharedPhones flags={user.sharedPhoneNumbers} />
      <Card title={t("user.mfaCard")}>
        <dl className="user-summary">
          <dt>{t("user.status")}</dt>
          <dd>
            <Badge tone={STATUS_TONE[user.mfaStatus]}>{statusLabel(user.mfaStatus)}</Badge>
            {user.lockedAt && t("user.since", { date: formatDateTime(user.lockedAt) })}
          </dd>
          <dt>{t("user.policy")}</dt>
          <dd>
            <PolicyBadge policy={user.effectivePolicy} />
          </dd>
          <dt>{t("user.switch")}</dt>
          <dd>{user.mfaEnabled ? t("user.on") : t("user.off")}</dd>
          <dt>{t("user.codesLeft")}</dt>
          <dd>{user.recoveryCodesLeft}</dd>
          <dt>{t("user.override")}</dt>
          <dd>
            <OverrideSelect
              user={user}
              label={<span className="ui-visually-hidden">{t("user.overrideLabel")}</span>}
              follows={isMailbox ? t("user.followsDomain") : t("user.followsAdmin")}
              onResult={setResult}
            />
          </dd>
        </dl>
        <MailboxActions
          user={{ id: user.id, username: user.username, locked: user.mfaStatus === "LOCKED", devices: user.devices.filter((d) => d.verified).length, isMailbox }}
          onResult={setResult}
          onDeleted={() => {
            showNotice({ path: "/admin/mailboxes", message: t("user.deleted", { username: user.username }) });
            navigate(back, { replace: true });
          }}
        />
      </Card>
      <Card title={t("user.bypassCard")}>
        <BypassCodes user={{ id: user.id, username: user.username }} bypassCodes={user.bypassCodes} onResult={setResult} />
      </Card>
      <Card title={t("user.appPasswordsCard")}>
        <UserAppPasswords user={{ id: user.id, username: user.username }} count={user.appPasswordCount} onResult={setResult} onRevoked={() => void refetch()} />
      </Card>
      <Card title={t("user.devicesCard")}>
        <UserDevices devices={user.devices} />
      </Card>
      <Card title={t("user.sessionsCard")}>
        <UserSessions user={{ id: user.id, username: user.username }} />
      </Card>
      <p>
        <Link to={`/admin/audit?user=${encodeURIComponent(user.id)}`}>{t("user.auditLink", { username: user.username })}</Link>
      </p>
    </div>
  );
}
