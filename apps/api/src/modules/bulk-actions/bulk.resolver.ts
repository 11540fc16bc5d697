import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";
import { reachesDomain, requireAdminOrKey, requireReach, requireRecentProofOf } from "#src/modules/api-keys/admin-guard.js";
import { domainErrors } from "#src/modules/domains/domains.errors.js";
import { auditingNotFound } from "#src/modules/sessions/guards.js";
import { BulkMailboxActionInput } from "./bulk.inputs.js";
import { BulkMailboxActionPayload } from "./bulk.types.js";

@Resolver()
export class BulkActionsResolver {
  @Mutation(() => BulkMailboxActionPayload, {
    description:
      "Resets MFA, unlocks or sets the override of the selected mailboxes of a domain, or of every one matching a filter: each as the single action does it (audited per user), in batches; the answer says how many succeeded and which were refused, with codes. Needs a recent proof (reset, unlock and lowering an override weaken protection).",
  })
  async bulkMailboxAction(@Arg("input", () => BulkMailboxActionInput) input: BulkMailboxActionInput, @Ctx() ctx: AppContext): Promise<BulkMailboxActionPayload> {
    // Raising an override or emailing a reminder weakens nothing: no fresh proof is asked for them.
    const raises = (input.action === "SET_OVERRIDE" && input.level === "REQUIRED") || input.action === "SEND_REMINDER";
    const caller = await requireAdminOrKey(ctx, "bulkMailboxAction", { weakening: !raises });
    if (input.action === "SET_OVERRIDE" && !input.level) throw new AppError(ErrorCode.BAD_USER_INPUT, "SET_OVERRIDE needs a level.", { field: "level" });
    if (input.action !== "SET_OVERRIDE" && input.level) throw new AppError(ErrorCode.BAD_USER_INPUT, "Only SET_OVERRIDE takes a level.", { field: "level" });
    await requireReach(ctx, "bulkMailboxAction", input.domainId, reachesDomain(caller, input.domainId), domainErrors.domainNotFound);
    await auditingNotFound(ctx, "bulkMailboxAction", input.domainId, () => ctx.services.domains.domainOf(caller.actor.accountId, input.domainId));
    if (!raises) requireRecentProofOf(ctx, caller);
    // Requiring MFA of others needs it of the admin who asks: refused once, for the whole selection.
    if (input.action === "SET_OVERRIDE" && input.level === "REQUIRED") await ctx.services.domains.assertAdminHasMfa(caller.actor);
    return ctx.services.bulkActions.run(
      caller.actor,
      {
        domainId: input.domainId,
        action: input.action,
        level: input.level ?? null,
        userIds: input.userIds ?? null,
        status: input.filter?.mfaStatus ?? null,
        search: input.filter?.search ?? null,
      },
      ctx.ip,
    );
  }
}
