import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type SelectionSetNode } from "graphql";
import type { AppContext } from "#src/context.js";
import { auditDenied } from "#src/modules/sessions/guards.js";
import { apiKeyErrors } from "./api-keys.errors.js";
import { keyRefusal } from "./key-rules.js";

/** The root fields an operation selects, through fragments (`__typename` and introspection left out). */
function rootFields(set: SelectionSetNode, fragments: Record<string, { selectionSet: SelectionSetNode }>, seen = new Set<string>()): string[] {
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return s.name.value.startsWith("__") ? [] : [s.name.value];
    if (s.kind === Kind.INLINE_FRAGMENT) return rootFields(s.selectionSet, fragments, seen);
    const fragment = fragments[s.name.value];
    if (!fragment || seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    return rootFields(fragment.selectionSet, fragments, seen);
  });
}

/**
 * Refuses, before anything runs, a request made with an API key that selects a root field the key may not use
 * (key-rules.ts: a field without a rule, one a key never uses, a change with a READ key, an account-level operation
 * with a domain-limited key): deny by default, so an operation added without a rule is closed to keys. The
 * resolvers' own guard (`requireAdminOrKey`) checks again and applies the key's domains. 403, FORBIDDEN, audited.
 */
export function apiKeyOperationsPlugin(): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue: ctx, operation, document, response }) {
          const key = ctx.apiKey;
          if (!key || !operation) return;
          const fragments = Object.fromEntries(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])));
          for (const field of rootFields(operation.selectionSet, fragments)) {
            const refusal = keyRefusal(field, key);
            if (refusal) {
              await auditDenied(ctx, field, refusal);
              response.http.status = 403;
              throw apiKeyErrors.refused(refusal);
            }
          }
        },
      };
    },
  };
}
