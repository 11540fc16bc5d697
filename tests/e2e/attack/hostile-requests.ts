import fc from "fast-check";
import type { Answer } from "../../support/api-client.js";
import { MUTATIONS, hostileString, typedDocument, variablesFor, wrongType } from "./fuzz-arbitraries.js";

/** One raw HTTP request, exactly as sent. */
export interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

export type Violations = (answer: Answer<unknown>) => string[];

const STACK = /\bat [\w$.<>]+ \(|\bat (?:async )?file:|\.(?:ts|js|mjs|cjs):\d+:\d+|node_modules|stacktrace/i;
const CODE = /^[A-Z][A-Z_]+$/;
const JSON_TYPE = { "content-type": "application/json" };

/** What is wrong with a GraphQL answer: a 5xx, a stack trace, an error that is not JSON, has no code or is internal. */
export const graphqlViolations: Violations = (answer) => {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  if (STACK.test(answer.text)) problems.push("a stack trace");
  const body = answer.body as { errors?: unknown } | null;
  const failed = answer.status >= 400 || (body !== null && typeof body === "object" && "errors" in body);
  if (!failed) return problems;
  if (body === null || typeof body !== "object") return [...problems, `an error that is not JSON: ${answer.text.slice(0, 120)}`];
  if (!Array.isArray(body.errors) || body.errors.length === 0) return [...problems, "an error without errors[]"];
  for (const error of body.errors as { extensions?: { code?: unknown } }[]) {
    const code = error?.extensions?.code;
    if (typeof code !== "string" || !CODE.test(code)) problems.push(`an error without a code: ${JSON.stringify(error).slice(0, 160)}`);
    else if (code === "INTERNAL_SERVER_ERROR") problems.push(`an internal error: ${JSON.stringify(error).slice(0, 160)}`);
  }
  return problems;
};

/**
 * The Identity door answers errors as `{ "<kind>": { "code": <status>, "message": "..." } }`; a body that is not
 * JSON is refused before the door with the API's coded `errors[]`. Either carries a code.
 */
export const restViolations: Violations = (answer) => {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  if (STACK.test(answer.text)) problems.push("a stack trace");
  if (answer.status < 400) return problems;
  const body = answer.body as Record<string, unknown> | null;
  if (body && typeof body === "object" && "errors" in body) return [...problems, ...graphqlViolations(answer)];
  const faults = body && typeof body === "object" ? Object.values(body) : [];
  const fault = faults[0] as { code?: unknown; message?: unknown } | undefined;
  if (faults.length !== 1 || fault?.code !== answer.status || typeof fault.message !== "string") problems.push(`an error without a code: ${answer.text.slice(0, 160)}`);
  return problems;
};

const someMutation = fc.constantFrom(...MUTATIONS).chain((spec) => variablesFor(spec, []).map((variables) => ({ query: typedDocument(spec), variables })));
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** Requests to /graphql that are wrong before GraphQL even starts, by family. */
export const TRANSPORT_FAMILIES: Readonly<Record<string, fc.Arbitrary<RawRequest>>> = {
  "non-JSON bodies": fc.oneof(
    fc.string({ maxLength: 300 }).map((body) => ({ method: "POST", path: "/graphql", headers: JSON_TYPE, body })),
    fc.constantFrom("{", "[", '{"query":', '{"query": "mutation { logout { ok } }"', "nul", "\u0000", "\ufeff{}", "{}", "").map((body) => ({ method: "POST", path: "/graphql", headers: JSON_TYPE, body })),
  ),
  "missing or wrong content types": fc.oneof(
    someMutation.map((payload) => ({ method: "POST", path: "/graphql", headers: {}, body: bytes(payload) })),
    fc
      .tuple(someMutation, fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/graphql", "application/json; charset=latin1", "application/xml", "*/*"))
      .map(([payload, type]) => ({ method: "POST", path: "/graphql", headers: { "content-type": type }, body: JSON.stringify(payload) })),
  ),
  "batches and bare JSON values": fc.oneof(
    fc.array(someMutation, { minLength: 1, maxLength: 5 }).map((batch) => ({ method: "POST", path: "/graphql", headers: JSON_TYPE, body: JSON.stringify(batch) })),
    wrongType.map((value) => ({ method: "POST", path: "/graphql", headers: JSON_TYPE, body: JSON.stringify(value) ?? "null" })),
    fc
      .record({ query: wrongType, variables: wrongType, operationName: wrongType, extensions: wrongType }, { requiredKeys: [] })
      .map((body) => ({ method: "POST", path: "/graphql", headers: JSON_TYPE, body: JSON.stringify(body) })),
    fc.constant({ method: "POST", path: "/graphql", headers: JSON_TYPE, body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }) }),
  ),
  "oversized bodies": fc
    .integer({ min: 65, max: 300 })
    .map((kb) => ({ method: "POST", path: "/graphql", headers: JSON_TYPE, body: JSON.stringify({ query: `{ health { status } } #${"x".repeat(kb * 1024)}` }) })),
  "other methods": fc.oneof(
    someMutation.map((payload) => ({
      method: "GET",
      path: `/graphql?query=${encodeURIComponent(payload.query)}&variables=${encodeURIComponent(JSON.stringify(payload.variables))}`,
      headers: { "apollo-require-preflight": "true", accept: "application/json" },
    })),
    fc.tuple(fc.constantFrom("PUT", "PATCH", "DELETE"), someMutation).map(([method, payload]) => ({ method, path: "/graphql", headers: JSON_TYPE, body: JSON.stringify(payload) })),
  ),
};

/** The Identity door, by family: hostile credentials, hostile session ids, untyped or non-JSON bodies, oversized bodies. */
export function restFamilies(ids: readonly string[]): Record<string, fc.Arbitrary<RawRequest>> {
  const text = fc.oneof(hostileString, wrongType);
  const passwordBody = fc.record({
    auth: fc.record(
      { passwordCredentials: fc.oneof(fc.record({ username: text, password: text }, { requiredKeys: [] }), wrongType), "RAX-AUTH:scope": fc.oneof(fc.constant("SETUP-MFA"), text) },
      { requiredKeys: [] },
    ),
  });
  const passcodeBody = fc.record({ auth: fc.record({ "RAX-AUTH:passcodeCredentials": fc.oneof(fc.record({ passcode: text }, { requiredKeys: [] }), wrongType) }) });
  const known = ids.length > 0 ? [fc.constantFrom(...ids)] : [];
  // Header values are sent as printable ASCII: anything else is refused by the client itself.
  const sessionId = fc.oneof(hostileString, ...known).map((s) => s.replace(/[^\x20-\x7e]/g, "").trim().slice(0, 4_000) || "x");
  const post = (body: unknown, headers: Record<string, string> = JSON_TYPE): RawRequest => ({ method: "POST", path: "/v2.0/tokens", headers, body: JSON.stringify(body) ?? "null" });
  return {
    "REST hostile credentials": fc.oneof(passwordBody, wrongType).map((b) => post(b)),
    "REST hostile session ids and passcodes": fc.tuple(passcodeBody, sessionId).map(([b, sid]) => post(b, { ...JSON_TYPE, "x-sessionid": sid })),
    "REST non-JSON and untyped bodies": fc.oneof(
      fc.string({ maxLength: 200 }).map((b) => ({ method: "POST", path: "/v2.0/tokens", headers: JSON_TYPE, body: b })),
      passwordBody.map((b) => ({ method: "POST", path: "/v2.0/tokens", headers: {}, body: bytes(b) })),
      fc.tuple(passwordBody, fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "application/xml")).map(([b, type]) => post(b, { "content-type": type })),
    ),
    "REST oversized bodies": fc.integer({ min: 17, max: 80 }).map((kb) => post({ auth: { passwordCredentials: { username: "x".repeat(kb * 1024), password: "y" } } })),
  };
}
