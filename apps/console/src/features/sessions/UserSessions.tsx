import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, ConfirmDialog, Spinner } from "@mfa/ui";
import { useState } from "react";
import { getFragmentData, graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { SessionList, SessionListFragment } from "./SessionList";
import "./sessions.css";
import { useTranslation } from "react-i18next";

export const UserSessionsDocument = graphql(`
  query UserSessions($userId: ID!) {
    userSessions(userId: $userId) {
      id
      ...SessionList_session
    }
  }
`);

export const SignOutEverywhereDocument = graphql(`
  mutation SignOutEverywhere($userId: ID!) {
    signOutEverywhere(userId: $userId) {
      signedOut
      sessions {
        id
        ...SessionList_session
      }
    }
  }
`);

type Outcome = { tone: "success" | "error"; text: string } | null;

/** Admin › a user › Sessions: where the user is signed in, and "Sign out everywhere" (their MFA stays as it is). */
export function UserSessions({ user }: { user: { id: string; username: string } }) {
  const { t } = useTranslation("sessions");
  const variables = { userId: user.id };
  const { data, error, loading, refetch } = useQuery(UserSessionsDocument, { variables, fetchPolicy: "cache-and-network" });
  const [asking, setAsking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [signOutEverywhere, { loading: busy }] = useMutation(SignOutEverywhereDocument, {
    update: (cache, res) => {
      if (res.data) cache.writeQuery({ query: UserSessionsDocument, variables, data: { userSessions: res.data.signOutEverywhere.sessions } });
    },
  });

  if (!data) {
    return error ? (
      <Alert tone="error" title={t("user.loadFailed")}>
        <p>{errorMessage(error)}</p>
        <Button variant="secondary" onClick={() => refetch().catch(() => {})} loading={loading}>
          {t("tryAgain")}
        </Button>
      </Alert>
    ) : (
      <Spinner label={t("user.loading")} showLabel />
    );
  }

  const sessions = getFragmentData(SessionListFragment, data.userSessions);

  async function confirm() {
    if (busy) return;
    setOutcome(null);
    try {
      const res = await signOutEverywhere({ variables });
      const n = res.data?.signOutEverywhere.signedOut ?? 0;
      setOutcome({ tone: "success", text: t("user.signedOut", { username: user.username, count: n }) });
    } catch (failure) {
      setOutcome({ tone: "error", text: errorMessage(failure) });
    } finally {
      setAsking(false);
    }
  }

  return (
    <div className="signed-in">
      {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
      {sessions.length === 0 ? (
        <p className="admin-page__hint">{t("user.nowhere", { username: user.username })}</p>
      ) : (
        <>
          <SessionList sessions={sessions} label={t("user.listLabel", { username: user.username })} />
          <Button variant="danger" onClick={() => setAsking(true)} disabled={busy} loading={busy}>
            {t("user.signOutEverywhere")}
          </Button>
        </>
      )}
      <ConfirmDialog
        open={asking}
        title={t("user.confirmTitle", { username: user.username })}
        confirmLabel={t("user.signOutEverywhere")}
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      >
        <p>
          {t("user.confirmText", { username: user.username })}
        </p>
      </ConfirmDialog>
    </div>
  );
}
