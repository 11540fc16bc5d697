import { startSmtpReceiver, type SmtpReceiver } from "@mfa/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { bearer, codeOf, createMailbox, createTenant, login, type Tenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { mfaMailbox } from "../mail-auth/mail-auth-fixtures.js";
import { ALT, REMOVE_ALT, auditsOf, codeMailedTo, mailsTo, setAlternate, smtpEnv, verifiedAlternate, verifyAlternate, type AltView } from "./alerts-fixtures.js";

describe.each(ENGINES)("the alternate email address on %s", (engine) => {
  let t: TestServer;
  let receiver: SmtpReceiver;
  let tenant: Tenant;
  let n = 0;
  const fresh = () => `someone-${engine}-${++n}-${Math.random().toString(36).slice(2, 7)}@home.example`;
  const signedIn = async (local: string) => {
    const username = await createMailbox(t, tenant, `${local}-${++n}`);
    const first = (await login(t, username)) as { token?: string; user?: { id: string } };
    if (!first.token || !first.user) throw new Error(`expected a password-only login for ${username}`);
    return { username, token: first.token, id: first.user.id };
  };

  beforeAll(async () => {
    receiver = await startSmtpReceiver();
    t = await startTestServer(engine, smtpEnv(receiver));
    tenant = await createTenant(t, "OPTIONAL");
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  it("is verified by a 6-digit code mailed to it, kept only as a hash, and shown on the user's view", async () => {
    const user = await signedIn("alt-ok");
    const address = fresh();
    const set = await setAlternate(t, user.token, address);
    expect(set.body.errors).toBeUndefined();
    expect(set.body.data?.setAlternateEmail.alternateEmail).toMatchObject({ address: null, pendingAddress: address });
    const code = codeMailedTo(receiver, address);
    const mail = mailsTo(receiver, address).at(-1);
    expect(mail?.subject).toBe(`Your code: ${code}`);
    expect(mail?.text).toContain(user.username);
    const rows: { code_hash: string }[] = await t.server.dataSource.query("SELECT code_hash FROM alternate_emails WHERE user_id = ?", [user.id]);
    expect(rows[0]?.code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]?.code_hash).not.toContain(code);

    const verified = await verifyAlternate(t, user.token, code);
    expect(verified.body.errors).toBeUndefined();
    expect(verified.body.data?.verifyAlternateEmail.alternateEmail).toMatchObject({ address, pendingAddress: null });
    const me = await t.gql<{ me: { alternateEmail: AltView } }>(ALT, {}, bearer(user.token));
    expect(me.body.data?.me.alternateEmail.address).toBe(address);
    expect((await auditsOf(t, user.id, "ALTERNATE_EMAIL_VERIFIED"))[0]).toMatchObject({ replaced: false });
    expect(JSON.stringify(await auditsOf(t, user.id, "ALTERNATE_EMAIL_CODE_SENT"))).not.toContain(address);
  });

  it("refuses a wrong code, and the right code replayed after it was spent", async () => {
    const user = await signedIn("alt-replay");
    const address = fresh();
    await setAlternate(t, user.token, address);
    const code = codeMailedTo(receiver, address);
    const wrong = code === "000000" ? "111111" : "000000";
    expect(codeOf((await verifyAlternate(t, user.token, wrong)).body.errors)).toBe("INVALID_PASSCODE");
    expect((await verifyAlternate(t, user.token, code)).body.errors).toBeUndefined();
    expect(codeOf((await verifyAlternate(t, user.token, code)).body.errors)).toBe("INVALID_PASSCODE");
    expect((await auditsOf(t, user.id, "ALTERNATE_EMAIL_VERIFICATION_FAILED")).length).toBe(2);
  });

  it("the same right code sent 10 times in parallel verifies once", async () => {
    const user = await signedIn("alt-parallel");
    const address = fresh();
    await setAlternate(t, user.token, address);
    const code = codeMailedTo(receiver, address);
    const answers = await Promise.all(Array.from({ length: 10 }, () => verifyAlternate(t, user.token, code)));
    expect(answers.filter((a) => !a.body.errors).length).toBe(1);
    expect(await auditsOf(t, user.id, "ALTERNATE_EMAIL_VERIFIED")).toHaveLength(1);
  });

  it("a burst of 30 wrong codes voids the code after exactly 5 guesses: even the right code then fails", async () => {
    const user = await signedIn("alt-brute");
    const address = fresh();
    await setAlternate(t, user.token, address);
    const code = codeMailedTo(receiver, address);
    const wrongs = Array.from({ length: 30 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, "0"));
    const answers = await Promise.all(wrongs.map((w) => verifyAlternate(t, user.token, w)));
    expect(answers.every((a) => codeOf(a.body.errors) === "INVALID_PASSCODE")).toBe(true);
    const rows: { attempts: number | string }[] = await t.server.dataSource.query("SELECT attempts FROM alternate_emails WHERE user_id = ?", [user.id]);
    expect(Number(rows[0]?.attempts)).toBe(5);
    expect(codeOf((await verifyAlternate(t, user.token, code)).body.errors)).toBe("INVALID_PASSCODE");
    const me = await t.gql<{ me: { alternateEmail: AltView } }>(ALT, {}, bearer(user.token));
    expect(me.body.data?.me.alternateEmail.address).toBeNull();
  });

  it("refuses an expired code", async () => {
    const user = await signedIn("alt-expired");
    const address = fresh();
    await setAlternate(t, user.token, address);
    const code = codeMailedTo(receiver, address);
    await t.server.dataSource.query("UPDATE alternate_emails SET code_expires_at = ? WHERE user_id = ?", [Date.now() - 1, user.id]);
    expect(codeOf((await verifyAlternate(t, user.token, code)).body.errors)).toBe("INVALID_PASSCODE");
  });

  it("a code of one user does nothing for another (cross-user)", async () => {
    const alice = await signedIn("alt-alice");
    const bob = await signedIn("alt-bob");
    const aliceAddress = fresh();
    await setAlternate(t, alice.token, aliceAddress);
    await setAlternate(t, bob.token, fresh());
    const aliceCode = codeMailedTo(receiver, aliceAddress);
    const bobTry = await verifyAlternate(t, bob.token, aliceCode);
    // Bob's own code differs from Alice's in all but one in a million draws.
    if (!bobTry.body.errors) return;
    expect(codeOf(bobTry.body.errors)).toBe("INVALID_PASSCODE");
    const me = await t.gql<{ me: { alternateEmail: AltView } }>(ALT, {}, bearer(bob.token));
    expect(me.body.data?.me.alternateEmail.address).toBeNull();
    expect((await verifyAlternate(t, alice.token, aliceCode)).body.errors).toBeUndefined();
  });

  it("throttles codes (one a minute, whatever the address) and refuses the mailbox itself", async () => {
    const user = await signedIn("alt-throttle");
    const address = fresh();
    expect((await setAlternate(t, user.token, address)).body.errors).toBeUndefined();
    const again = await setAlternate(t, user.token, address);
    expect(codeOf(again.body.errors)).toBe("RATE_LIMITED");
    expect(again.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(mailsTo(receiver, address)).toHaveLength(1);
    const parallel = await Promise.all(Array.from({ length: 8 }, () => setAlternate(t, user.token, fresh())));
    expect(parallel.filter((p) => !p.body.errors).length).toBeLessThanOrEqual(1);
    const self = await setAlternate(t, user.token, user.username.toUpperCase());
    expect(codeOf(self.body.errors)).toBe("BAD_USER_INPUT");
    expect(self.body.errors?.[0]?.extensions?.reason).toBe("SAME_AS_MAILBOX");
  });

  it("changing or removing a verified address needs a recent proof and tells the old address", async () => {
    const { token, userId } = await mfaMailbox(t, tenant, `alt-change-${++n}`);
    const old = fresh();
    await verifiedAlternate(t, receiver, token, old);
    // The proof ages: a change is refused until the user proves it is them again.
    await t.server.dataSource.query("UPDATE sessions SET proof_at = ? WHERE user_id = ?", [0, userId]);
    expect(codeOf((await setAlternate(t, token, fresh())).body.errors)).toBe("RECENT_AUTH_REQUIRED");
    expect(codeOf((await t.gql(REMOVE_ALT, {}, bearer(token))).body.errors)).toBe("RECENT_AUTH_REQUIRED");
    await t.server.dataSource.query("UPDATE sessions SET proof_at = ? WHERE user_id = ?", [Date.now(), userId]);
    const proven = token;
    // A minute later (the resend interval).
    await t.server.dataSource.query("UPDATE alternate_emails SET last_sent_at = ? WHERE user_id = ?", [Date.now() - 61_000, userId]);
    const next = fresh();
    await verifiedAlternate(t, receiver, proven, next);
    const told = mailsTo(receiver, old).at(-1);
    expect(told?.subject).toBe("Security alert: your alternate email address was changed");
    expect((await auditsOf(t, userId, "ALTERNATE_EMAIL_VERIFIED")).at(-1)).toMatchObject({ replaced: true });
    expect((await t.gql(REMOVE_ALT, {}, bearer(proven))).body.errors).toBeUndefined();
    expect(mailsTo(receiver, next).at(-1)?.subject).toBe("Security alert: your alternate email address was removed");
    expect(await auditsOf(t, userId, "ALTERNATE_EMAIL_REMOVED")).toHaveLength(1);
  });
});

