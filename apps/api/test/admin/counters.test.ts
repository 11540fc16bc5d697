import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "#src/errors/app-error.js";
import { recountedCounters } from "#src/modules/counters/counters.queries.js";
import { DomainCounters } from "#src/modules/counters/counters.service.js";
import { ProvisioningService } from "#src/modules/provisioning/provisioning.service.js";
import { UserEntity } from "#src/modules/users/user.entity.js";
import { ENGINES } from "../support/engines.js";
import { PASSWORD, createTenant, oathtool, type Tenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";

/** Texts enough for every phone the property adds (the budgets are not under test here). */
const BUDGETS = Object.fromEntries(
  ["USER_HOURLY", "USER_DAILY", "DOMAIN_HOURLY", "DOMAIN_DAILY", "ACCOUNT_HOURLY", "ACCOUNT_DAILY", "DESTINATION_DAILY"].flatMap((n) => [
    [`SMS_BUDGET_${n}`, "100000"],
    [`SMS_BUDGET_${n}_MAX`, "100000"],
  ]),
);

type Op =
  | { kind: "create"; domain: number }
  | { kind: "enrolApp" | "addPhone" | "removeOne" | "removeAll" | "lock" | "unlock" | "reset" | "delete"; user: number }
  | { kind: "override"; user: number; level: "DEFAULT" | "OPTIONAL" | "REQUIRED" };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("create" as const), domain: fc.nat(1) }),
  fc.record({ kind: fc.constantFrom("enrolApp", "enrolApp", "addPhone", "removeOne", "removeAll", "lock", "lock", "unlock", "reset", "delete"), user: fc.nat(2) }),
  fc.record({ kind: fc.constant("override" as const), user: fc.nat(2), level: fc.constantFrom("DEFAULT", "OPTIONAL", "REQUIRED") }),
);
/** Steps of one to three operations each; the operations of a step run at the same time. */
const steps = fc.array(fc.array(op, { minLength: 1, maxLength: 3 }), { minLength: 6, maxLength: 12 });

describe.each(ENGINES)("per-domain counters on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine, BUDGETS);
  });
  afterAll(async () => t?.close());

  it("equal a recount after any sequence of mailbox changes, some of them at the same time on the same mailbox", async () => {
    const { services } = t.server;
    let serial = 0;
    const seen = { locked: 0 };
    await fc.assert(
      fc.asyncProperty(steps, async (plan) => {
        const tenant: Tenant = await createTenant(t, "OPTIONAL");
        const second = await new ProvisioningService(services.dataSource).createDomain({ accountId: tenant.accountId, name: `second.${tenant.domainName}`, mfaPolicy: "OPTIONAL" });
        const adminRow = await services.dataSource.manager.findOneByOrFail(UserEntity, { username: tenant.adminUsername });
        const admin = { id: adminRow.id, accountId: adminRow.accountId, kind: "ADMIN" as const };
        const domains = [tenant.domainId, second.id];
        const users: string[] = [];
        const fresh = (id: string) => services.userAdmin.userOf(tenant.accountId, id);
        const actor = async (id: string) => ({ user: await fresh(id), ip: null });

        const run = async (o: Op): Promise<void> => {
          if (o.kind === "create") {
            const n = serial++;
            const user = await services.userAdmin.createMailbox(admin, { domainId: domains[o.domain] as string, localPart: `m${n}`, displayName: `Mailbox ${n}`, password: PASSWORD }, null);
            users.push(user.id);
            return;
          }
          const id = users[o.user % Math.max(1, users.length)];
          if (!id) return;
          switch (o.kind) {
            case "enrolApp": {
              const a = await actor(id);
              const { device, secret } = await services.mfa.enrollTotp(a, "App");
              await services.mfa.verifyDevice(a, { deviceId: device.id, code: oathtool(secret) });
              return;
            }
            case "addPhone": {
              const a = await actor(id);
              const device = await services.mfa.addPhone(a, { country: "US", number: `2025550${String(100 + (serial++ % 900))}`, name: "Phone" });
              const [text] = await services.sms.listOutbox({ userId: id, first: 1 });
              await services.mfa.verifyDevice(a, { deviceId: device.id, code: /(\d{6,8})/.exec(text?.body ?? "")?.[1] ?? "" });
              return;
            }
            case "removeOne": {
              const devices = await services.factors.devices(id);
              if (devices[0]) await services.mfa.removeDevice(await actor(id), devices[0].id);
              return;
            }
            case "removeAll":
              await services.mfa.removeAllDevices(await actor(id));
              return;
            case "lock": {
              // Seven wrong codes at a sign-in (an authenticator first, when the mailbox has none).
              if (!(await services.factors.hasVerifiedDevice(id))) await run({ kind: "enrolApp", user: o.user });
              const user = await fresh(id);
              const step = await services.login.passwordStep({ username: user.username, password: PASSWORD, channel: "GRAPHQL", ip: `192.0.2.${serial++ % 250}`, userAgent: null });
              if (step.kind !== "CHALLENGE") return;
              for (let i = 0; i < 7; i++) {
                await services.passcodes.completeLogin({ challengeId: step.challengeId, passcode: "000000", channel: "GRAPHQL", ip: null, userAgent: null }).catch((e: unknown) => { if (!(e instanceof AppError)) throw e; });
              }
              return;
            }
            case "unlock":
              await services.userAdmin.unlock(admin, id, null);
              return;
            case "reset":
              await services.userAdmin.resetMfa(admin, id, null);
              return;
            case "override":
              await services.userAdmin.setOverride(admin, id, o.level, null);
              return;
            case "delete":
              await services.userAdmin.deleteMailbox(admin, id, null);
              return;
          }
        };
        // The mailbox an operation aimed at, as chosen before the step ran (a create in the same step moves the modulo).
        const exists = async (o: Op, target: string | null | undefined) => o.kind === "create" || (await services.dataSource.manager.existsBy(UserEntity, { id: target ?? "" }));
        for (const step of plan) {
          const targets = step.map((o) => (o.kind === "create" ? null : users[o.user % Math.max(1, users.length)]));
          const results = await Promise.allSettled(step.map(run));
          // Refusals the rules make (MFA not allowed, a code already used) are answers, not faults; so is any
          // failure of a change to a mailbox deleted at the same moment.
          for (const [i, r] of results.entries()) {
            const o = step[i] as Op;
            if (r.status === "rejected" && !(r.reason instanceof AppError) && (await exists(o, targets[i]))) throw r.reason;
          }
          for (const id of targets) if (id && !(await services.dataSource.manager.existsBy(UserEntity, { id }))) users.splice(users.indexOf(id), 1);
        }
        const locks: { n: number | string }[] = await services.dataSource.query("SELECT COUNT(*) AS n FROM audit_events WHERE account_id = ? AND action = 'ACCOUNT_LOCKED'", [tenant.accountId]);
        seen.locked += Number(locks[0]?.n ?? 0);
        const [counters, recount] = await Promise.all([new DomainCounters(services.dataSource).forAccount(tenant.accountId), recountedCounters(services.dataSource, tenant.accountId)]);
        expect(Object.fromEntries(counters)).toEqual(Object.fromEntries(recount));
      }),
      { numRuns: 8, endOnFailure: true },
    );
    // The runs did lock mailboxes (the rarest change: it takes a verified device and seven wrong codes).
    expect(seen.locked).toBeGreaterThan(0);
  }, 600_000);
});
