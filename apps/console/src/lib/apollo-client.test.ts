import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gql } from "@apollo/client";
import { buildSchema, isUnionType } from "graphql";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApolloClient, createCache, possibleTypes } from "./apollo-client";
import { onSessionEnded } from "./session-events";

/** Any operation other than the session's own: its UNAUTHENTICATED answer means the session ended. */
const HealthQuery = gql`
  query Health {
    health {
      status
    }
  }
`;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the Apollo cache", () => {
  it("knows every union of the API schema with its members", () => {
    // Tests run from the console's folder; the API's schema file sits beside it.
    const schema = buildSchema(readFileSync(resolve(process.cwd(), "../api/schema.graphql"), "utf8"));
    const unions = Object.fromEntries(
      Object.values(schema.getTypeMap())
        .filter(isUnionType)
        .map((union) => [union.name, union.getTypes().map((member) => member.name).sort()]),
    );
    const ours = Object.fromEntries(Object.entries(possibleTypes).map(([name, members]) => [name, [...members].sort()]));
    expect(ours).toEqual(unions);
  });

  it("keeps one Security object, whichever answer brought it", () => {
    const cache = createCache();
    expect(cache.identify({ __typename: "Security", mfaEnabled: true })).toBe("Security:{}");
  });
});

describe("the Apollo client", () => {
  it("sends the CSRF-prevention header and reports a session the service no longer knows", async () => {
    const fetchMock = vi.fn<typeof fetch>(
      async () =>
        new Response(JSON.stringify({ errors: [{ message: "Sign in first.", extensions: { code: "UNAUTHENTICATED" } }] }), {
          headers: { "content-type": "application/json" },
        }),
    );
    vi.stubGlobal("fetch", fetchMock);
    const ended = vi.fn();
    const stop = onSessionEnded(ended);

    await expect(createApolloClient("http://localhost/graphql").query({ query: HealthQuery })).rejects.toThrow();
    stop();

    expect(ended).toHaveBeenCalledTimes(1);
    const init = fetchMock.mock.calls[0]?.[1];
    expect(new Headers(init?.headers).get("apollo-require-preflight")).toBe("true");
    expect(init?.credentials).toBe("same-origin");
  });
});
