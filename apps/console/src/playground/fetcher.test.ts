import { describe, expect, it, vi } from "vitest";
import { createFetcher } from "./fetcher";

function answer(body: string, status = 200): Response {
  return new Response(body, { status, headers: { "content-type": "application/json" } });
}

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

  it("turns a non-JSON answer into a GraphQL error", async () => {
    const fetcher = createFetcher("/graphql", async () => answer("Bad Gateway", 502));
    expect(await fetcher({ query: "{ health { status } }" })).toEqual({
      errors: [{ message: "HTTP 502: Bad Gateway" }],
    });
  });
});
