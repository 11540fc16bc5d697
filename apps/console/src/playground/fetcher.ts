import type { GraphiQLProps } from "graphiql";

export type Fetcher = GraphiQLProps["fetcher"];

/**
 * A plain HTTP fetcher for GraphiQL: posts the operation as JSON to the API on
 * this origin, with the header the API's CSRF prevention asks for. Headers typed
 * into the playground's header editor (e.g. `Authorization`) are added on top.
 */
export function createFetcher(url = "/graphql", fetchImpl: typeof fetch = fetch): Fetcher {
  return async (params, opts) => {
    const response = await fetchImpl(url, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        accept: "application/graphql-response+json, application/json",
        ...opts?.headers,
        "content-type": "application/json",
        "apollo-require-preflight": "true",
      },
      body: JSON.stringify(params),
    });
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      // Not a GraphQL answer (a proxy error page, say): show it as an error instead of failing silently.
      const detail = text.trim().slice(0, 500) || response.statusText;
      return { errors: [{ message: detail ? `HTTP ${response.status}: ${detail}` : `HTTP ${response.status}` }] };
    }
  };
}
