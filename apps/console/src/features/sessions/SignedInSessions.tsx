import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, ConfirmDialog, Spinner } from "@mfa/ui";
import { getFragmentData, graphql } from "../../gql";
import type { SessionList_SessionFragment } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";
import { formatDateTime } from "../../lib/format";
import { useConfirmedAction } from "../../lib/use-confirmed-action";
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

type Asking = { kind: "one"; session: SessionList_SessionFragment } | { kind: "others" };

/** Security › "Where you're signed in": each live session, "This browser" marked; sign out one, or all the others. */
export function SignedInSessions() {
  const { t } = useTranslation("sessions");
  const { data, error, loading, refetch } = useQuery(MySessionsDocument, { fetchPolicy: "cache-and-network" });
  const { asking, ask, cancel, outcome, confirm } = useConfirmedAction<Asking>();
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

  const signOut = async (question: Asking) => {
    if (question.kind === "one") {
      await signOutOne({ variables: { sessionId: question.session.id } });
      return t("oneSignedOut", { session: sessionTitle(question.session) });
    }
    const res = await signOutOthers();
    return t("othersSignedOut", { count: res.data?.signOutOtherSessions.signedOut ?? 0 });
  };

  return (
    <div className="signed-in">
      {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
      <SessionList sessions={sessions} label={t("listLabel")} busy={busy} onSignOut={(session) => ask({ kind: "one", session })} />
      {otherCount === 0 ? (
        <p className="security__hint">{t("nowhereElse")}</p>
      ) : (
        <div className="security__actions">
          <Button variant="danger" onClick={() => ask({ kind: "others" })} disabled={busy} loading={others.loading}>
            {t("signOutOthers")}
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={asking !== null}
        title={asking?.kind === "one" ? t("confirmOneTitle") : t("confirmOthersTitle")}
        confirmLabel={asking?.kind === "one" ? t("signOut") : t("signOutOthers")}
        busy={busy}
        onConfirm={() => {
          if (!busy) void confirm(signOut);
        }}
        onCancel={cancel}
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
