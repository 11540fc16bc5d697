import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, ConfirmDialog, Spinner } from "@mfa/ui";
import { useState } from "react";
import { getFragmentData, graphql } from "../../gql";
import type { SessionList_SessionFragment } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";
import { formatDateTime } from "../../lib/format";
import { sessionTitle } from "./session-format";
import { SessionList, SessionListFragment } from "./SessionList";
import "./sessions.css";
import { useTranslation } from "react-i18next";

export const MySessionsDocument = graphql(`
  query MySessions {
    mySessions {
      id
      ...SessionList_session
    }
  }
`);

export const SignOutSessionDocument = graphql(`
  mutation SignOutSession($sessionId: ID!) {
    signOutSession(sessionId: $sessionId) {
      signedOut
      sessions {
        id
        ...SessionList_session
      }
    }
  }
`);

export const SignOutOtherSessionsDocument = graphql(`
  mutation SignOutOtherSessions {
    signOutOtherSessions {
      signedOut
      sessions {
        id
        ...SessionList_session
      }
    }
  }
`);

type Asking = { kind: "one"; session: SessionList_SessionFragment } | { kind: "others" } | null;
type Outcome = { tone: "success" | "error"; text: string } | null;

/** Security › "Where you're signed in": each live session, "This browser" marked; sign out one, or all the others. */
export function SignedInSessions() {
  const { t } = useTranslation("sessions");
  const { data, error, loading, refetch } = useQuery(MySessionsDocument, { fetchPolicy: "cache-and-network" });
  const [asking, setAsking] = useState<Asking>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // Each answer carries the sessions still live: the list shows them without asking again.
  const [signOutOne, one] = useMutation(SignOutSessionDocument, {
    update: (cache, res) => {
      if (res.data) cache.writeQuery({ query: MySessionsDocument, data: { mySessions: res.data.signOutSession.sessions } });
    },
  });
  const [signOutOthers, others] = useMutation(SignOutOtherSessionsDocument, {
    update: (cache, res) => {
      if (res.data) cache.writeQuery({ query: MySessionsDocument, data: { mySessions: res.data.signOutOtherSessions.sessions } });
    },
  });
  const busy = one.loading || others.loading;

  if (!data) {
    return error ? (
      <Alert tone="error" title={t("loadFailed")}>
        <p>{errorMessage(error)}</p>
        <Button variant="secondary" onClick={() => refetch().catch(() => {})} loading={loading}>
          {t("tryAgain")}
        </Button>
      </Alert>
    ) : (
      <Spinner label={t("loading")} showLabel />
    );
  }

  const sessions = getFragmentData(SessionListFragment, data.mySessions);
  const otherCount = sessions.filter((s) => !s.current).length;

  async function confirm() {
    const question = asking;
    if (!question || busy) return;
    setOutcome(null);
    try {
      if (question.kind === "one") {
        await signOutOne({ variables: { sessionId: question.session.id } });
        setOutcome({ tone: "success", text: t("oneSignedOut", { session: sessionTitle(question.session) }) });
      } else {
        const res = await signOutOthers();
        const n = res.data?.signOutOtherSessions.signedOut ?? 0;
        setOutcome({ tone: "success", text: t("othersSignedOut", { count: n }) });
      }
    } catch (failure) {
      setOutcome({ tone: "error", text: errorMessage(failure) });
    } finally {
      setAsking(null);
    }
  }

  return (
    <div className="signed-in">
      {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
      <SessionList sessions={sessions} label={t("listLabel")} busy={busy} onSignOut={(session) => setAsking({ kind: "one", session })} />
      {otherCount === 0 ? (
        <p className="security__hint">{t("nowhereElse")}</p>
      ) : (
        <div className="security__actions">
          <Button variant="danger" onClick={() => setAsking({ kind: "others" })} disabled={busy} loading={others.loading}>
            {t("signOutOthers")}
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={asking !== null}
        title={asking?.kind === "one" ? t("confirmOneTitle") : t("confirmOthersTitle")}
        confirmLabel={asking?.kind === "one" ? t("signOut") : t("signOutOthers")}
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(null)}
      >
        {asking?.kind === "one" ? (
          <p>
            {t("confirmOneText", { session: sessionTitle(asking.session), date: formatDateTime(asking.session.lastActiveAt) })}
          </p>
        ) : (
          <p>
            {t("confirmOthersText", { count: otherCount })}
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}
