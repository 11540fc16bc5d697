/** What the soak mixes into its logins: admin pages, SMS sign-ins (through a local Twilio) and policy switches. */
import { generateTotp, totpTimeStep } from "@mfa/core";
import { setTimeout as sleep } from "node:timers/promises";
import { failure } from "./load.mjs";
import { passcodeStep, passwordStep } from "./login-bench.mjs";

const brief = (body) => JSON.stringify(body).slice(0, 240);

const PAGES = [
  ["mailboxes", "query M($d: ID!) { mailboxes(domainId: $d, first: 100) { totalCount nodes { id username mfaStatus } } }"],
  ["domains", "query D { domains { id name policy coverage { mailboxes enrolled locked } children { id coverage { mailboxes } } } }"],
  ["audit", "query A { auditEvents(first: 50) { totalCount nodes { id action outcome createdAt } } }"],
];

/** The admin's pages in turn (the largest domain's first mailboxes page, the domains tree, the audit log). */
export function adminPages({ client, admin, largestDomainId }) {
  let turn = 0;
  return async () => {
    const [name, query] = PAGES[turn++ % PAGES.length];
    const res = await client.gql(query, name === "mailboxes" ? { d: largestDomainId } : {}, { authorization: `Bearer ${admin.token}` });
    if (res.status !== 200 || res.body.errors || !res.body.data) throw failure(`${name} page: HTTP ${res.status} ${brief(res.body)}`);
  };
}

const SEND = "mutation S($input: SendLoginPasscodeInput!) { sendLoginPasscode(input: $input) { sentTo } }";

/**
 * Sign-ins with a texted code, one at a time: the password step, the code sent to the user's phone, read from the
 * local Twilio, then the passcode step. `users`: { username, deviceId, phone } of users whose phone is a verified factor.
 */
export function smsSignIn({ client, twilio, users, password }) {
  let turn = 0;
  return async () => {
    const user = users[turn++ % users.length];
    const challengeId = await passwordStep(client, user.username, password);
    const seen = twilio.messages.length;
    const sent = await client.gql(SEND, { input: { challengeId, deviceId: user.deviceId } });
    if (sent.status !== 200 || sent.body.errors) throw failure(`sendLoginPasscode: HTTP ${sent.status} ${brief(sent.body)}`, 2);
    let text = null;
    for (let i = 0; i < 100 && !text; i++) {
      text = twilio.messages.slice(seen).find((m) => m.to === user.phone) ?? null;
      if (!text) await sleep(50);
    }
    const code = text && /\b(\d{6,8})\b/.exec(text.body)?.[1];
    if (!code) throw failure(`no text with a code reached ${user.phone} within 5 s`, 2);
    await passcodeStep(client, challengeId, code, 2);
  };
}

const SWITCH = "mutation P($input: SetDomainMfaPolicyInput!) { setDomainMfaPolicy(input: $input) { domains { id policy } } }";
const REAUTH = "mutation R($input: ReauthenticateInput!) { reauthenticate(input: $input) { validUntil } }";

/**
 * A domain switched to REQUIRED and back to OPTIONAL in turn, through the API (each switch revokes what it must).
 * Lowering it needs a recent proof: the admin proves it again with a fresh authenticator code when the last proof is
 * older than 8 minutes (a code works once per time step, so it may wait for the next step).
 */
export function policySwitches({ client, admin, domainId }) {
  let required = false;
  return async () => {
    const auth = { authorization: `Bearer ${admin.token}` };
    if (required && Date.now() - admin.provedAt > 8 * 60_000) {
      while (totpTimeStep(Date.now()) <= admin.lastStep) await sleep(500);
      admin.lastStep = totpTimeStep(Date.now());
      const proof = await client.gql(REAUTH, { input: { passcode: generateTotp({ secret: admin.secret, nowMs: Date.now() }) } }, auth);
      if (proof.status !== 200 || proof.body.errors) throw failure(`reauthenticate: HTTP ${proof.status} ${brief(proof.body)}`);
      admin.provedAt = Date.now();
    }
    const policy = required ? "OPTIONAL" : "REQUIRED";
    const res = await client.gql(SWITCH, { input: { domainId, policy } }, auth);
    const domain = res.body?.data?.setDomainMfaPolicy?.domains?.find((d) => d.id === domainId);
    if (res.status !== 200 || res.body.errors || domain?.policy !== policy) throw failure(`setDomainMfaPolicy ${policy}: HTTP ${res.status} ${brief(res.body)}`);
    required = !required;
  };
}
