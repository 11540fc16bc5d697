import { expect } from "vitest";
import { bearer, login, type Tenant } from "../support/fixtures.js";
import { expectDocumented } from "../support/openapi.js";
import type { TestServer } from "../support/server.js";

export const CREATE_KEY = `mutation Create($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id name prefix scope status domains { id name } createdByUsername expiresAt lastUsedAt lastUsedIp revokedAt } }
}`;
export const REVOKE_KEY = `mutation Revoke($id: ID!) { revokeApiKey(id: $id) { apiKey { id status revokedAt } } }`;
export const LIST_KEYS = `{ apiKeys { id name prefix scope status domains { id name } createdAt createdById createdByUsername lastUsedAt lastUsedIp expiresAt revokedAt } }`;

export interface KeyInput {
  name: string;
  scope: "READ" | "ADMIN";
  domainIds?: string[] | null;
  expiresInDays?: number;
}

/** A signed-in admin of the tenant (password only, so with a recent proof). */
export async function adminToken(t: TestServer, tenant: Tenant): Promise<string> {
  return (await login(t, tenant.adminUsername)).token as string;
}

/** Creates a key as the admin; returns its id and its secret. */
export async function createKey(t: TestServer, token: string, input: KeyInput): Promise<{ id: string; secret: string }> {
  const res = await t.gql<{ createApiKey: { secret: string; apiKey: { id: string } } }>(CREATE_KEY, { input }, bearer(token));
  if (!res.body.data) throw new Error(`createApiKey failed: ${JSON.stringify(res.body.errors)}`);
  return { id: res.body.data.createApiKey.apiKey.id, secret: res.body.data.createApiKey.secret };
}

const xAuth = (token: string) => ({ "x-auth-token": token });

type Json = Record<string, Record<string, unknown>>;

/** A request to the Identity door as curl sends it, checked against the OpenAPI document. */
export async function rest(
  t: TestServer,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; bearer?: boolean } = {},
): Promise<{ status: number; headers: Headers; body: Json }> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.token) Object.assign(headers, options.bearer ? bearer(options.token) : xAuth(options.token));
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`${t.url}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const raw = await res.text();
  const body = (raw ? JSON.parse(raw) : null) as Json;
  expectDocumented(method, path, res.status, body);
  return { status: res.status, headers: res.headers, body };
}

/** How many audit events of an action name this actor (a user or a key). */
export async function auditCount(t: TestServer, actorId: string, action: string): Promise<number> {
  const rows: { n: number | string }[] = await t.server.dataSource.query("SELECT COUNT(*) AS n FROM audit_events WHERE actor_id = ? AND action = ?", [actorId, action]);
  return Number(rows[0]?.n ?? 0);
}

/** Sets a key's expiry in the database (as time passing would). */
export async function expireKey(t: TestServer, keyId: string): Promise<void> {
  await t.server.dataSource.query("UPDATE api_keys SET expires_at = ? WHERE id = ?", [Date.now() - 1_000, keyId]);
}

export function expectCode(res: { body: { errors?: { extensions?: { code?: string } }[] } }, code: string | undefined, what: string): void {
  expect(res.body.errors?.[0]?.extensions?.code, `${what}: ${JSON.stringify(res.body.errors)}`).toBe(code);
}
