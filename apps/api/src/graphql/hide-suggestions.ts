import type { ApolloServerPlugin } from "@apollo/server";

/** graphql-js ends a message with one hint: ` Did you mean "x"?`, `... the enum value "X"?`, `... to use an inline fragment on "T"?`. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, "");
}

/**
 * Removes every "Did you mean ...?" hint from the errors of a request, so that guessing names tells a caller
 * nothing about the schema: fields, arguments and types in validation errors, and enum values in errors raised
 * while reading the request's variables, which neither Apollo's own suggestion filter nor armor's look at.
 */
export function hideSuggestionsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = withoutSuggestions(error.message);
        },
      };
    },
  };
}
