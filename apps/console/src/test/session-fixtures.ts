import type { MockLink } from "@apollo/client/testing";
import type { SessionList_SessionFragment } from "../gql/graphql";
import { MySessionsDocument } from "../features/sessions/SignedInSessions";
import { UserSessionsDocument } from "../features/sessions/UserSessions";

/** A live session as the API lists it. */
export const signedInSession = (extra: Partial<SessionList_SessionFragment> = {}): SessionList_SessionFragment & { __typename: "SignedInSession" } => ({
  __typename: "SignedInSession",
  id: "s-laptop",
  browser: "Chrome 156",
  os: "Linux",
  deviceType: "DESKTOP",
  ipAddress: "203.0.113.7",
  signedInAt: "2026-03-03T09:00:00.000Z",
  lastActiveAt: "2026-03-03T10:15:00.000Z",
  signInMethods: ["PASSWORD", "AUTHENTICATOR_CODE"],
  setupOnly: false,
  current: true,
  ...extra,
});

/** The signed-in user's sessions, answered as often as a page asks. */
export const mySessions = (sessions = [signedInSession()]): MockLink.MockedResponse => ({
  request: { query: MySessionsDocument },
  result: { data: { mySessions: sessions } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

/** A user's sessions as their admin sees them, answered as often as a page asks. */
export const userSessions = (userId: string, sessions: ReturnType<typeof signedInSession>[] = []): MockLink.MockedResponse => ({
  request: { query: UserSessionsDocument, variables: { userId } },
  result: { data: { userSessions: sessions } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
