import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from "graphql";
import { ErrorCode } from "#src/errors/codes.js";
import { hideSuggestionsPlugin } from "./hide-suggestions.js";

/** The size limits every GraphQL request is held to. */
export const ARMOR_LIMITS = {
  /** Nesting of fields; fragments do not count as a level. */
  maxDepth: 12,
  /** Aliased fields per operation (`__typename` aliases are free). */
  maxAliases: 10,
  /** Estimated cost per operation: see `costLimit` below for how it is counted. */
  maxCost: 5000,
  /** Lexical tokens per document; the parser stops as soon as it reads one more. */
  maxTokens: 2000,
  /** Directives per operation. */
  maxDirectives: 20,
} as const;

export interface ArmorOptions {
  /** In production, "Did you mean ...?" hints that leak schema names are removed from error messages. */
  readonly production: boolean;
}

/** What Apollo Server needs: spread `plugins` and `validationRules` into its options, pass `parseOptions` as is. */
export interface Armor {
  readonly plugins: ApolloServerPlugin[];
  readonly validationRules: ValidationRule[];
  readonly parseOptions: ParseOptions;
}

type ArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;
type RejectCallback = NonNullable<NonNullable<ArmorConfig["maxDepth"]>["onReject"]>[number];

/**
 * Armor's own messages start with "Syntax Error: " although the document parsed fine, and by default it reports
 * them as BAD_USER_INPUT. We report them as what they are: a document that failed validation.
 */
const reportAsValidationError: RejectCallback = (context: ValidationContext | null, error: GraphQLError) => {
  context?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error: /, ""), {
      extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED },
    }),
  );
};

/** Report through the validation context instead of throwing, which would turn a rejection into an internal error. */
function rejectAsValidationError(): { onReject: RejectCallback[]; propagateOnRejection: false } {
  return { onReject: [reportAsValidationError], propagateOnRejection: false };
}

/**
 * Depth, alias, cost and directive limits as validation rules, a token limit for the parser, and (in production)
 * no "Did you mean ...?" hints. Builds a fresh configuration on every call: armor writes into the one it is given.
 */
export function createArmor({ production }: ArmorOptions): Armor {
  const armor = new ApolloArmor({
    maxDepth: { n: ARMOR_LIMITS.maxDepth, flattenFragments: true, ignoreIntrospection: true, ...rejectAsValidationError() },
    maxAliases: { n: ARMOR_LIMITS.maxAliases, ...rejectAsValidationError() },
    costLimit: {
      maxCost: ARMOR_LIMITS.maxCost,
      // A leaf costs 1, an object 2, each level of nesting weighs 1.5 times the one above it, and a literal
      // `first`/`last` argument multiplies the cost of its field. A page of 50 mailboxes with page info and each
      // one's security summary costs about 2,900; the same page of 100 costs about 5,800 and is refused. A page
      // size sent as a variable is not seen here, so list resolvers cap `first` themselves.
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      flattenFragments: true,
      ignoreIntrospection: true,
      ...rejectAsValidationError(),
    },
    maxDirectives: { n: ARMOR_LIMITS.maxDirectives, ...rejectAsValidationError() },
    // The token limit is enforced by the graphql-js parser itself (`parseOptions` below): it stops reading at the
    // limit, and Apollo answers 400 GRAPHQL_PARSE_FAILED. Armor's Apollo variant parses every document a second
    // time and throws from a plugin hook, which Apollo answers as an internal error (HTTP 500).
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  });
  const { plugins, validationRules } = armor.protect();
  // Armor's declarations name Apollo's CommonJS types, ours its ES module types: the same objects at run time,
  // but TypeScript keeps the two copies apart.
  const armorPlugins = plugins as unknown as ApolloServerPlugin[];
  return {
    // Armor only masks `Did you mean "field"` hints; ours, first in line, removes every kind of hint.
    plugins: production ? [hideSuggestionsPlugin(), ...armorPlugins] : armorPlugins,
    validationRules,
    parseOptions: { maxLexicalTokens: ARMOR_LIMITS.maxTokens },
  };
}
