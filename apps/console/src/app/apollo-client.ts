import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";

/**
 * Members of the schema's unions, so the cache can match inline fragments
 * (`... on MfaChallenge`). Written by hand until codegen generates it.
 */
export const possibleTypes = {
  LoginResult: ["LoginSuccess", "MfaChallenge", "MfaSetupRequired"],
};

export function createCache(): InMemoryCache {
  return new InMemoryCache({ possibleTypes });
}

/**
 * The console talks to the API on its own origin: the session cookie goes
 * along, and the `apollo-require-preflight` header satisfies the API's CSRF
 * prevention (a cross-site form cannot set it without a CORS preflight).
 */
export function createApolloClient(uri = "/graphql"): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri,
      credentials: "same-origin",
      headers: { "apollo-require-preflight": "true" },
    }),
    cache: createCache(),
  });
}
