import type { Response } from "express";
import { GraphQLError } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFormatError } from "#src/errors/format-error.js";
import { isParentGone } from "#src/errors/parent-gone.js";
import { identityFaults } from "#src/http/identity/faults.js";
import { createLogger } from "#src/logger.js";
import { UserEntity } from "#src/modules/users/user.entity.js";
import { ENGINES } from "../support/engines.js";
import { createMailbox, createTenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";

/** What a response was sent: the REST door's error handler writes to it. */
function recordingResponse() {
  const sent: { status?: number; body?: unknown; headers: Record<string, string> } = { headers: {} };
  const res = {
    setHeader: (name: string, value: string) => void (sent.headers[name] = value),
    status(code: number) {
      sent.status = code;
      return this;
    },
    json: (body: unknown) => void (sent.body = body),
  };
  return { res: res as unknown as Response, sent };
}

/**
 * A mailbox deleted while its own request is between reading it (the session's user) and writing a row that refers to
 * it (a device): the database refuses the write, and both doors answer NOT_FOUND, not an internal error.
 */
describe.each(ENGINES)("a write that refers to a mailbox deleted meanwhile, on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine);
  });
  afterAll(async () => t?.close());

  it("is refused by the database, saves nothing, and is answered NOT_FOUND at the GraphQL and REST doors", async () => {
    const { services } = t.server;
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "leaving");
    const userId = (await services.dataSource.manager.findOneByOrFail(UserEntity, { username })).id;
    const admin = await services.dataSource.manager.findOneByOrFail(UserEntity, { username: tenant.adminUsername });
    // The request has read its user; then an admin deletes the mailbox; then the request writes.
    const actor = { user: await services.userAdmin.userOf(tenant.accountId, userId), ip: null };
    await services.userAdmin.deleteMailbox({ id: admin.id, accountId: admin.accountId, kind: "ADMIN" }, userId, null);
    const error = await services.mfa.enrollTotp(actor, "Phone").then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(isParentGone(error)).toBe(true);
    const rows: { n: number | string }[] = await services.dataSource.query("SELECT COUNT(*) AS n FROM devices WHERE user_id = ?", [userId]);
    expect(Number(rows[0]?.n)).toBe(0);

    const formatted = createFormatError(createLogger("silent"))({ message: "raw", path: ["enrollTotp"] }, new GraphQLError("raw", { path: ["enrollTotp"], originalError: error as Error }));
    expect(formatted.extensions?.code).toBe("NOT_FOUND");
    expect(formatted.message).toBe("What this change refers to was removed at the same moment, so it was not saved.");

    const { res, sent } = recordingResponse();
    identityFaults(createLogger("silent"))(error, {} as never, res, () => undefined);
    expect(sent.status).toBe(404);
    expect(sent.headers["x-error-code"]).toBe("NOT_FOUND");
    expect(sent.body).toEqual({ itemNotFound: { code: 404, message: "What this change refers to was removed at the same moment, so it was not saved." } });
  });

  it("is told apart from a delete the database refuses because rows still refer to what it deletes", () => {
    expect(isParentGone({ code: "SQLITE_CONSTRAINT_FOREIGNKEY", query: "DELETE FROM users WHERE id = ?" })).toBe(false);
    expect(isParentGone({ errno: 1451, message: "Cannot delete or update a parent row" })).toBe(false);
  });
});
