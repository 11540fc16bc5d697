import { describe, expect, it, vi } from "vitest";
import { createFetcher, SCHEMA_URL } from "./fetcher";
import { DEFAULT_HEADERS } from "./tabs";

function answer(body: string, status = 200): Response {
  return new Response(body, { status, headers: { "content-type": "application/json" } });
}

const INTROSPECTION = { query: "query IntrospectionQuery { __schema { queryType { name } } }", operationName: "IntrospectionQuery" };
const REFUSED = '{"errors":[{"message":"GraphQL introspection is not allowed","extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}';

describe("playground fetcher", () => {
  it("posts JSON with the CSRF-prevention header and the editor's headers", async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => answer('{"data":{"health":{"status":"ok"}}}'));
    const fetcher = createFetcher("/graphql", fetchImpl);

    const result = await fetcher({ query: "{ health { status } }" }, { headers: { authorization: "Bearer t" } });

    expect(result).toEqual({ data: { health: { status: "ok" } } });
    const [url, init] = fetchImpl.mock.calls[0] ?? [];
    expect(url).toBe("/graphql");
    expect(init?.method).toBe("POST");
    expect(init?.headers).toMatchObject({
      "content-type": "application/json",
      "apollo-require-preflight": "true",
      authorization: "Bearer t",
    });
    expect(JSON.parse(String(init?.body))).toEqual({ query: "{ health { status } }" });
  });

  it("does not send the header panel's placeholder, so a console session's cookie is used instead", async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => answer('{"data":{"me":{"id":"1"}}}'));
    await createFetcher("/graphql", fetchImpl)({ query: "{ me { id } }" }, { headers: JSON.parse(DEFAULT_HEADERS) as Record<string, string> });
    const headers = fetchImpl.mock.calls[0]?.[1]?.headers as Record<string, string>;
    expect(Object.keys(headers).map((h) => h.toLowerCase())).not.toContain("authorization");
    expect(fetchImpl.mock.calls[0]?.[1]?.credentials).toBe("same-origin");
  });

  it("turns a non-JSON answer into a GraphQL error", async () => {
    const fetcher = createFetcher("/graphql", async () => answer("Bad Gateway", 502));
    expect(await fetcher({ query: "{ health { status } }" })).toEqual({
      errors: [{ message: "HTTP 502: Bad Gateway" }],
    });
  });

  it("reads the schema from the admins' schema address, with the same token, when introspection is refused", async () => {
    const schema = '{"data":{"__schema":{"queryType":{"name":"Query"}}}}';
    const fetchImpl = vi.fn<typeof fetch>(async (url) => (url === SCHEMA_URL ? answer(schema) : answer(REFUSED, 400)));
    const result = await createFetcher("/graphql", fetchImpl)(INTROSPECTION, { headers: { Authorization: "Bearer admin-token" } });

    expect(result).toEqual(JSON.parse(schema));
    const [url, init] = fetchImpl.mock.calls[1] ?? [];
    expect(url).toBe(SCHEMA_URL);
    expect(init?.method).toBe("GET");
    expect(init?.headers).toMatchObject({ Authorization: "Bearer admin-token" });
  });

  it("says how to get the schema when that address refuses too, and keeps the API's code", async () => {
    const denied = '{"errors":[{"message":"Sign in first.","extensions":{"code":"UNAUTHENTICATED"}}]}';
    const fetchImpl = vi.fn<typeof fetch>(async (url) => (url === SCHEMA_URL ? answer(denied, 401) : answer(REFUSED, 400)));
    const result = (await createFetcher("/graphql", fetchImpl)(INTROSPECTION, {})) as unknown as { errors: { message: string; extensions?: { code?: string } }[] };

    expect(result.errors[0]?.message).toMatch(/served to account admins.*Headers panel/);
    expect(result.errors[1]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("leaves an ordinary failed operation alone (no schema request)", async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => answer('{"errors":[{"message":"Sign in first.","extensions":{"code":"UNAUTHENTICATED"}}]}'));
    await createFetcher("/graphql", fetchImpl)({ query: "{ me { id } }", operationName: "Me" });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });
});
