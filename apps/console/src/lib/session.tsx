import { useApolloClient, useQuery } from "@apollo/client/react";
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { graphql } from "../gql";
import type { DeviceKind, UserKind } from "../gql/graphql";
import { errorCode, errorReason } from "./graphql-errors";
import { onSessionEnded } from "./session-events";
import { isSignedOutReason, type SignedOutReason } from "./signed-out-reasons";

export const SessionDocument = graphql(`
  query Session {
    me {
      id
      username
      displayName
      kind
    }
  }
`);

export interface SessionUser {
  username: string;
  displayName: string;
  kind?: UserKind;
}

/** Who is using the console: decides which pages exist. */
export type Session =
  | { status: "loading" }
  /** `reason`: why the service ended the session (signed out elsewhere, by an admin, a policy, idle...), when it said. */
  | { status: "signed-out"; reason?: SignedOutReason }
  /** MFA is required and nothing is set up: only the setup wizard is open. */
  | { status: "setup"; user: SessionUser | null; enforceFrom: string | null; acceptedKinds?: readonly DeviceKind[] }
  | { status: "signed-in"; user: SessionUser }
  /** The service could not tell (unreachable, broken answer). */
  | { status: "unavailable"; error: unknown };

export interface SessionContextValue {
  session: Session;
  /** Asks the service again (after sign-in, setup or sign-out), forgetting every cached answer first. */
  refresh: () => Promise<void>;
  /**
   * The name shown during a forced setup (the setup-only session cannot read `me`), and the Force-On's deadline when
   * the setup may still be put off ("Remind me later"), and the kinds of factor that finish it (only passkeys under
   * a phishing-resistant policy; unknown after a reload, when the service refuses the others itself).
   */
  setSetupUser: (user: SessionUser | null, enforceFrom?: string | null, acceptedKinds?: readonly DeviceKind[]) => void;
}

/** Exported for tests, which provide a fixed session. */
export const SessionContext = createContext<SessionContextValue | null>(null);

/** Reads the session from the service (`me`) and shares it with every page. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [setup, setSetup] = useState<{ user: SessionUser | null; enforceFrom: string | null; acceptedKinds?: readonly DeviceKind[] }>({ user: null, enforceFrom: null });
  const setSetupUser = useCallback(
    (user: SessionUser | null, enforceFrom: string | null = null, acceptedKinds?: readonly DeviceKind[]) => setSetup({ user, enforceFrom, ...(acceptedKinds ? { acceptedKinds } : {}) }),
    [],
  );
  const { data, error, refetch } = useQuery(SessionDocument, {
    fetchPolicy: "network-only",
    nextFetchPolicy: "cache-first",
    notifyOnNetworkStatusChange: false,
  });

  const refresh = useCallback(async () => {
    await client.clearStore();
    try {
      await refetch();
    } catch {
      // The query's own error state tells the pages (signed out, setup, unavailable).
    }
  }, [client, refetch]);

  useEffect(() => onSessionEnded(() => void refresh()), [refresh]);

  const session = useMemo<Session>(() => {
    if (error) {
      const code = errorCode(error);
      if (code === "UNAUTHENTICATED") {
        const reason = errorReason(error);
        return reason && isSignedOutReason(reason) ? { status: "signed-out", reason } : { status: "signed-out" };
      }
      if (code === "MFA_SETUP_REQUIRED") return { status: "setup", ...setup };
      return { status: "unavailable", error };
    }
    if (data) return { status: "signed-in", user: data.me };
    return { status: "loading" };
  }, [data, error, setup]);

  const value = useMemo(() => ({ session, refresh, setSetupUser }), [session, refresh, setSetupUser]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = use(SessionContext);
  if (!value) throw new Error("useSession needs a SessionProvider");
  return value;
}
