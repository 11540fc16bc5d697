import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  type ASTVisitor,
  type FieldNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { ErrorCode } from "#src/errors/codes.js";

/** Mutations that check a password or a code, or send one: each request may carry at most one of them. */
export const LOGIN_MUTATIONS: ReadonlySet<string> = new Set([
  "login",
  "completeLogin",
  "sendLoginPasscode",
  "reauthenticate",
  "verifyDevice",
  "resendPhoneVerification",
  "addPhone",
  "finishWebAuthnRegistration",
]);

export const SINGLE_LOGIN_MESSAGE = "Only one sign-in step may be sent per request.";

/**
 * Rejects a mutation that selects more than one field named in `loginFields` at its root, so that aliases cannot
 * turn one request into many guesses. Counted per operation (a request runs one operation), through fragment
 * spreads and inline fragments at any nesting. Every occurrence counts, even a repeat of the same field with the
 * same arguments or one under `@skip`/`@include`: no client needs either. A fragment spread twice counts once,
 * as its fields run once; fragment cycles (reported by graphql's NoFragmentCycles) are walked only once.
 */
export function singleLoginMutationRule(loginFields: ReadonlySet<string>): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      if (operation.operation === OperationTypeNode.MUTATION) {
        const found = rootFieldsNamed(operation.selectionSet, loginFields, context);
        if (found.length > 1) {
          context.reportError(
            new GraphQLError(SINGLE_LOGIN_MESSAGE, {
              nodes: found,
              extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED },
            }),
          );
        }
      }
      // Only root fields matter: nothing below the operation needs visiting.
      return false;
    },
  });
}

/** The root fields of `root` (looking through fragments) whose name is in `names`, in document order. */
function rootFieldsNamed(root: SelectionSetNode, names: ReadonlySet<string>, context: ValidationContext): FieldNode[] {
  const found: FieldNode[] = [];
  const seenFragments = new Set<string>();
  const pending: SelectionSetNode[] = [root];
  for (let set = pending.pop(); set; set = pending.pop()) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (names.has(selection.name.value)) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        pending.push(selection.selectionSet);
      } else if (!seenFragments.has(selection.name.value)) {
        seenFragments.add(selection.name.value);
        const fragment = context.getFragment(selection.name.value);
        if (fragment) pending.push(fragment.selectionSet);
      }
    }
  }
  return found.sort((a, b) => (a.loc?.start ?? 0) - (b.loc?.start ?? 0));
}
