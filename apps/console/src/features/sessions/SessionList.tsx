import { Badge, Button, ManagedItem, ManagedList } from "@mfa/ui";
import { graphql } from "../../gql";
import type { SessionList_SessionFragment } from "../../gql/graphql";
import { formatDateTime } from "../../lib/format";
import { provenBy, sessionTitle } from "./session-format";
import { useTranslation } from "react-i18next";

export const SessionListFragment = graphql(`
  fragment SessionList_session on SignedInSession {
    id
    browser
    os
    deviceType
    ipAddress
    signedInAt
    lastActiveAt
    signInMethods
    setupOnly
    current
  }
`);

interface SessionListProps {
  sessions: readonly SessionList_SessionFragment[];
  /** "Sign out" on each session but the current one; absent: the list only shows. */
  onSignOut?: (session: SessionList_SessionFragment) => void;
  /** While a sign-out is in flight, every button waits. */
  busy?: boolean;
  /** Accessible name of the list. */
  label: string;
}

/** Sessions as their owner (or their admin) reads them: browser, where, when, how it was proven. */
export function SessionList({ sessions, onSignOut, busy = false, label }: SessionListProps) {
  const { t } = useTranslation("sessions");
  return (
    <ManagedList label={label}>
      {sessions.map((session) => (
        <ManagedItem
          key={session.id}
          title={
            <>
              {sessionTitle(session)} {session.current && <Badge tone="accent">{t("thisBrowser")}</Badge>}{" "}
              {session.setupOnly && <Badge tone="warning">{t("setupOnly")}</Badge>}
            </>
          }
          details={[
            t("lastActive", { address: session.ipAddress ?? t("unknownAddress"), date: formatDateTime(session.lastActiveAt) }),
            t("signedIn", { date: formatDateTime(session.signedInAt), provenBy: provenBy(session.signInMethods) }),
          ]}
          action={
            onSignOut &&
            !session.current && (
              <Button variant="secondary" disabled={busy} onClick={() => onSignOut(session)} aria-label={t("signOutLabel", { session: sessionTitle(session), date: formatDateTime(session.lastActiveAt) })}>
                {t("signOut")}
              </Button>
            )
          }
        />
      ))}
    </ManagedList>
  );
}
