import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { requireAdminOrKey } from "#src/modules/api-keys/admin-guard.js";
import type { SmsSettingsView, SmsUse } from "./sms-settings.service.js";
import { SetSmsSettingsInput } from "./sms-settings.inputs.js";
import { SmsSettingsPayload, SmsSettingsType, type SmsUseType } from "./sms-settings.types.js";

const presentUse = (use: SmsUse): SmsUseType => ({ ...use });

function presentSettings(view: SmsSettingsView): SmsSettingsType {
  return {
    allowedCountries: [...view.allowedCountries],
    usesDefaultCountries: view.usesDefaultCountries,
    defaultCountries: [...view.defaultCountries],
    budgets: { ...view.budgets },
    defaultBudgets: { ...view.defaultBudgets },
    maxBudgets: { ...view.maxBudgets },
    account: presentUse(view.account),
    domains: view.domains.map((d) => ({ domainId: d.domainId, name: d.name, use: presentUse(d.use) })),
    hourEndsAt: new Date(view.hourEndsAt),
    dayEndsAt: new Date(view.dayEndsAt),
  };
}

@Resolver()
export class SmsSettingsResolver {
  @Query(() => SmsSettingsType, { description: "The admin's account: allowed countries, SMS budgets, and each domain's texts this hour and today." })
  async smsSettings(@Ctx() ctx: AppContext): Promise<SmsSettingsType> {
    const { actor } = await requireAdminOrKey(ctx, "smsSettings");
    return presentSettings(await ctx.services.smsSettings.view(actor.accountId));
  }

  @Mutation(() => SmsSettingsPayload, {
    description: "Sets the account's allowed countries and SMS budgets (within the service's maxima), audited. Adding a country or raising a budget (a weakening change) needs a recent step-up.",
  })
  async setSmsSettings(@Arg("input", () => SetSmsSettingsInput) input: SetSmsSettingsInput, @Ctx() ctx: AppContext): Promise<SmsSettingsPayload> {
    const caller = await requireAdminOrKey(ctx, "setSmsSettings");
    // A key is not a person: it has no step-up to give and is not asked for one.
    const recentProof = caller.session === null || ctx.services.sessions.hasRecentProof(caller.session);
    const view = await ctx.services.smsSettings.update({ admin: caller.actor, ip: ctx.ip, recentProof }, { allowedCountries: input.allowedCountries, budgets: input.budgets });
    return { settings: presentSettings(view) };
  }
}
