import type { GraphiQLProps } from "graphiql";

export type Fetcher = GraphiQLProps["fetcher"];

type Answer = { data?: unknown; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };

/** GraphiQL's own name for the query that loads the schema. */
const INTROSPECTION = "IntrospectionQuery";

/** Where the API serves the schema to account admins when introspection is off (production). */
export const SCHEMA_URL = "/graphql/schema";

const SCHEMA_HINT =
  "Introspection is off on this server. The schema is served to account admins: sign in with the first tabs, put the admin's token in the Headers panel, then re-fetch the schema (the circular arrow at the bottom left).";

/** A value still holding a placeholder such as `Bearer <token from the sign-in tabs>` is not sent. */
const isPlaceholder = (value: string) => /<[^<>]+>/.test(value) || /^bearer\s*$/i.test(value.trim());

function realHeaders(headers: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (typeof value === "string" && !isPlaceholder(value)) out[name] = value;
  }
  return out;
}

async function readAnswer(response: Response): Promise<Answer> {
  const text = await response.text();
  try {
    return JSON.parse(text) as Answer;
  } catch {
    // Not a GraphQL answer (a proxy error page, say): show it as an error instead of failing silently.
    const detail = text.trim().slice(0, 500) || response.statusText;
    return { errors: [{ message: detail ? `HTTP ${response.status}: ${detail}` : `HTTP ${response.status}` }] };
  }
}

/**
 * A plain HTTP fetcher for GraphiQL: posts the operation as JSON to the API on this origin, with the header the
 * API's CSRF prevention asks for. Headers typed into the playground's header panel (e.g. `Authorization`) are
 * added on top, except those still holding a placeholder (so the console's cookie session, if any, is used).
 * When the API refuses introspection (production), the schema is read from `SCHEMA_URL` with the same headers.
 */
export function createFetcher(url = "/graphql", fetchImpl: typeof fetch = fetch): Fetcher {
  const fetcher = async (...[params, opts]: Parameters<Fetcher>): Promise<Answer> => {
    const headers = realHeaders(opts?.headers);
    const answer = await readAnswer(
      await fetchImpl(url, {
        method: "POST",
        credentials: "same-origin",
        headers: {
          accept: "application/graphql-response+json, application/json",
          ...headers,
          "content-type": "application/json",
          "apollo-require-preflight": "true",
        },
        body: JSON.stringify(params),
      }),
    );
    if (params.operationName !== INTROSPECTION || answer.data !== undefined) return answer;
    const schema = await readAnswer(await fetchImpl(SCHEMA_URL, { method: "GET", credentials: "same-origin", headers: { ...headers, accept: "application/json" } }));
    return schema.data !== undefined ? schema : { errors: [{ message: SCHEMA_HINT }, ...(schema.errors ?? [])] };
  };
  // GraphiQL shows any JSON answer; its type asks for graphql-js error objects, which plain JSON never is.
  return fetcher as Fetcher;
}
