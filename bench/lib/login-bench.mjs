/** The login-throughput scenarios: the server's own ceiling, each login step, both doors. */
import { generateTotp, totpTimeStep } from "@mfa/core";
import { failure } from "./load.mjs";

export const NOOP = "query Noop { __typename }";
const LOGIN = "mutation Login($input: LoginInput!) { login(input: $input) { __typename ... on MfaChallenge { challengeId } } }";
const COMPLETE = "mutation Complete($input: CompleteLoginInput!) { completeLogin(input: $input) { token authenticatedBy } }";

const brief = (body) => JSON.stringify(body).slice(0, 240);

/**
 * Users who sign in with a TOTP code. A code works once per device and time step, so a user is
 * handed out again only once the clock has moved to a later step than their last code; when no
 * user is ready the pool reports exhaustion instead of sending a code the server would refuse.
 */
export class TotpUserPool {
  constructor(users) {
    this.queue = users.map((u) => ({ ...u, lastStep: -1 }));
    this.head = 0;
  }
  take() {
    if (this.queue.length === 0) return null;
    const user = this.queue[this.head];
    if (user.lastStep >= totpTimeStep(Date.now())) return null;
    this.head = (this.head + 1) % this.queue.length;
    return user;
  }
  code(user) {
    const now = Date.now();
    user.lastStep = Math.max(user.lastStep, totpTimeStep(now));
    return generateTotp({ secret: user.secret, nowMs: now });
  }
}

export async function passwordStep(client, username, password) {
  const res = await client.gql(LOGIN, { input: { username, password } });
  const login = res.body?.data?.login;
  if (res.status !== 200 || login?.__typename !== "MfaChallenge" || !login.challengeId) throw failure(`login: HTTP ${res.status} ${brief(res.body)}`);
  return login.challengeId;
}

export async function passcodeStep(client, challengeId, passcode, requestsSoFar = 0) {
  const res = await client.gql(COMPLETE, { input: { challengeId, passcode } });
  const done = res.body?.data?.completeLogin;
  if (res.status !== 200 || !done?.token || res.body.errors) throw failure(`completeLogin: HTTP ${res.status} ${brief(res.body)}`, requestsSoFar + 1);
  return done.token;
}

export async function restTwoStep(client, user, password, pool) {
  const first = await client.post("/v2.0/tokens", { auth: { passwordCredentials: { username: user.username, password } } });
  const header = String(first.headers["www-authenticate"] ?? "");
  const sessionId = /sessionId='([^']+)'/.exec(header)?.[1];
  if (first.status !== 401 || !sessionId) throw failure(`REST step 1: HTTP ${first.status} ${brief(first.body)}`);
  const second = await client.post("/v2.0/tokens", { auth: { "RAX-AUTH:passcodeCredentials": { passcode: pool.code(user) } } }, { "x-sessionid": sessionId });
  const by = second.body?.access?.token?.["RAX-AUTH:authenticatedBy"];
  if (second.status !== 200 || !Array.isArray(by) || !by.includes("OTPPASSCODE")) throw failure(`REST step 2: HTTP ${second.status} ${brief(second.body)}`, 2);
}

/**
 * Runs the five scenarios in order. `pools` holds disjoint sets of users: `password` (password step,
 * reused freely), `twoStep` and `rest` (full logins), and `challenges` (pre-made challenges for the
 * passcode step alone, each used once).
 */
export function loginScenarios({ client, password, pools }) {
  let pwIndex = 0;
  let challengeIndex = 0;
  return [
    {
      key: "noop",
      label: "no-op GraphQL query { __typename }",
      unit: "req",
      operation: async () => {
        const res = await client.gql(NOOP, {});
        if (res.status !== 200 || res.body?.data?.__typename !== "Query") throw failure(`noop: HTTP ${res.status} ${brief(res.body)}`);
        return { requests: 1 };
      },
    },
    {
      key: "password",
      label: "password step: login (users with MFA)",
      unit: "req",
      operation: async () => {
        const user = pools.password[pwIndex++ % pools.password.length];
        await passwordStep(client, user.username, password);
        return { requests: 1 };
      },
    },
    {
      key: "twoStep",
      label: "two-step login: login + completeLogin (TOTP)",
      unit: "login",
      operation: async () => {
        const user = pools.twoStep.take();
        if (!user) return null;
        const challengeId = await passwordStep(client, user.username, password);
        await passcodeStep(client, challengeId, pools.twoStep.code(user), 1);
        return { requests: 2 };
      },
    },
    {
      key: "totp",
      label: "TOTP step alone: completeLogin",
      unit: "req",
      operation: async () => {
        const item = pools.challenges[challengeIndex++];
        if (!item) return null;
        await passcodeStep(client, item.challengeId, generateTotp({ secret: item.secret, nowMs: Date.now() }));
        return { requests: 1 };
      },
    },
    {
      key: "rest",
      label: "REST two-step: POST /v2.0/tokens x2",
      unit: "login",
      operation: async () => {
        const user = pools.rest.take();
        if (!user) return null;
        await restTwoStep(client, user, password, pools.rest);
        return { requests: 2 };
      },
    },
  ];
}
