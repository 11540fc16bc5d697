import { LOGIN, PASSWORD, bearer } from "../support/fixtures.js";
import type { TestServer } from "../support/server.js";

const CHROME_LINUX = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
export const SAFARI_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

const SESSION_FIELDS = "id browser os deviceType ipAddress signedInAt lastActiveAt signInMethods mfaPassed setupOnly current";
const MY_SESSIONS = `{ mySessions { ${SESSION_FIELDS} } }`;
export const SIGN_OUT_ONE = `mutation S($id: ID!) { signOutSession(sessionId: $id) { signedOut sessions { id current } } }`;
export const SIGN_OUT_OTHERS = `mutation { signOutOtherSessions { signedOut sessions { id current } } }`;
export const USER_SESSIONS = `query U($id: ID!) { userSessions(userId: $id) { ${SESSION_FIELDS} } }`;
export const SIGN_OUT_EVERYWHERE = `mutation E($id: ID!) { signOutEverywhere(userId: $id) { signedOut sessions { id } } }`;
export const WHO = `{ me { id } }`;

export interface Session {
  id: string;
  browser: string | null;
  os: string | null;
  deviceType: string;
  ipAddress: string | null;
  signedInAt: string;
  lastActiveAt: string;
  signInMethods: string[];
  mfaPassed: boolean;
  setupOnly: boolean;
  current: boolean;
}

/** A password-only sign-in from a browser with this User-Agent; returns the bearer token. */
export async function signIn(t: TestServer, username: string, userAgent = CHROME_LINUX): Promise<string> {
  const res = await t.gql<{ login: { __typename: string; token?: string } }>(LOGIN, { input: { username, password: PASSWORD } }, { "user-agent": userAgent });
  const token = res.body.data?.login.token;
  if (!token) throw new Error(`login failed: ${JSON.stringify(res.body)}`);
  return token;
}

export async function mySessions(t: TestServer, token: string): Promise<Session[]> {
  const res = await t.gql<{ mySessions: Session[] }>(MY_SESSIONS, {}, bearer(token));
  if (!res.body.data) throw new Error(`mySessions failed: ${JSON.stringify(res.body.errors)}`);
  return res.body.data.mySessions;
}

/** The id of the session a token belongs to, as its own list marks it. */
export async function currentId(t: TestServer, token: string): Promise<string> {
  const current = (await mySessions(t, token)).find((s) => s.current);
  if (!current) throw new Error("no current session in the list");
  return current.id;
}

/** What a request with this token is told: the error code and the reason, or OK. */
export async function answerTo(t: TestServer, token: string): Promise<{ code: string | undefined; reason: unknown }> {
  const res = await t.gql(WHO, {}, bearer(token));
  const error = res.body.errors?.[0];
  return error ? { code: error.extensions?.code, reason: error.extensions?.reason } : { code: "OK", reason: undefined };
}
