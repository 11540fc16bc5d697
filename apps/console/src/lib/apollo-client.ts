import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from "@apollo/client";
import { ErrorLink } from "@apollo/client/link/error";
import { reportSessionEnded } from "./session-events";

/**
 * Members of the schema's unions, so the cache can match inline fragments
 * (`... on MfaChallenge`). A test checks this against the schema file.
 */
export const possibleTypes = {
  LoginResult: ["LoginSuccess", "MfaChallenge", "MfaSetupRequired"],
};

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    possibleTypes,
    typePolicies: {
      // A session sees one user's MFA state: every `security` answer (from `me` or from a
      // mutation's payload) updates the same cached object, so pages stay in step.
      // The device list in an answer is the whole list: it replaces the cached one.
      Security: { keyFields: [], fields: { devices: { merge: false } } },
    },
  });
}

/** Operations whose UNAUTHENTICATED answer is expected and handled where they are used. */
const SESSION_OPERATIONS = new Set(["Session", "Logout"]);

/** Reports a session the service no longer knows, whichever page's operation found out. */
const sessionWatch = new ErrorLink(({ error, operation }) => {
  if (SESSION_OPERATIONS.has(operation.operationName ?? "")) return;
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.["code"] === "UNAUTHENTICATED")) {
    reportSessionEnded();
  }
});

/**
 * The console talks to the API on its own origin: the session cookie goes
 * along, and the `apollo-require-preflight` header satisfies the API's CSRF
 * prevention (a cross-site form cannot set it without a CORS preflight).
 */
export function createApolloClient(uri = "/graphql"): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      sessionWatch,
      new HttpLink({
        uri,
        credentials: "same-origin",
        headers: { "apollo-require-preflight": "true" },
      }),
    ]),
    cache: createCache(),
  });
}
