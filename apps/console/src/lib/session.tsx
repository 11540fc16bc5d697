import { useApolloClient, useQuery } from "@apollo/client/react";
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { graphql } from "../gql";
import type { UserKind } from "../gql/graphql";
import { errorCode, errorReason } from "./graphql-errors";
import { onSessionEnded } from "./session-events";

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
  /** `POLICY_REQUIRED`: the service ended the session because a policy now requires MFA. */
  | { status: "signed-out"; reason?: "POLICY_REQUIRED" }
  /** MFA is required and nothing is set up: only the setup wizard is open. */
  | { status: "setup"; user: SessionUser | null }
  | { status: "signed-in"; user: SessionUser }
  /** The service could not tell (unreachable, broken answer). */
  | { status: "unavailable"; error: unknown };

export interface SessionContextValue {
  session: Session;
  /** Asks the service again (after sign-in, setup or sign-out), forgetting every cached answer first. */
  refresh: () => Promise<void>;
  /** The name shown during a forced setup (the setup-only session cannot read `me`). */
  setSetupUser: (user: SessionUser | null) => void;
}

/** Exported for tests, which provide a fixed session. */
export const SessionContext = createContext<SessionContextValue | null>(null);

/** Reads the session from the service (`me`) and shares it with every page. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [setupUser, setSetupUser] = useState<SessionUser | null>(null);
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
      if (code === "UNAUTHENTICATED") return errorReason(error) === "POLICY_REQUIRED" ? { status: "signed-out", reason: "POLICY_REQUIRED" } : { status: "signed-out" };
      if (code === "MFA_SETUP_REQUIRED") return { status: "setup", user: setupUser };
      return { status: "unavailable", error };
    }
    if (data) return { status: "signed-in", user: data.me };
    return { status: "loading" };
  }, [data, error, setupUser]);

  const value = useMemo(() => ({ session, refresh, setSetupUser }), [session, refresh]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = use(SessionContext);
  if (!value) throw new Error("useSession needs a SessionProvider");
  return value;
}
