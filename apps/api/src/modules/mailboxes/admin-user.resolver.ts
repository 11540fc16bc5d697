import type { PolicyLevel } from "@mfa/core";
import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { PolicyLevelEnum } from "#src/graphql/enums.js";
import { DeviceType, presentDevice } from "#src/modules/mfa/mfa.types.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import { presentUser } from "#src/modules/users/user.types.js";
import { statusOf } from "./directory.service.js";
import { AdminUserType } from "./mailboxes.types.js";

/** A user as their admin sees them; the fields that need a statement are resolved only when asked. */
export function presentAdminUser(user: UserEntity): AdminUserType {
  return {
    ...presentUser(user),
    mfaOverride: user.mfaOverride,
    mfaEnabled: user.mfaEnabled,
    mfaStatus: statusOf({ lockedAt: user.mfaLockedAt, devices: user.verifiedDevices }),
    lockedAt: user.mfaLockedAt === null ? null : new Date(user.mfaLockedAt),
    source: user,
  };
}

@Resolver(() => AdminUserType)
export class AdminUserResolver {
  @FieldResolver(() => PolicyLevelEnum)
  effectivePolicy(@Root() user: AdminUserType, @Ctx() ctx: AppContext): Promise<PolicyLevel> {
    return ctx.services.policy.policyOf(user.source);
  }

  @FieldResolver(() => [DeviceType])
  async devices(@Root() user: AdminUserType, @Ctx() ctx: AppContext): Promise<DeviceType[]> {
    return (await ctx.services.factors.devices(user.id)).map(presentDevice);
  }

  @FieldResolver(() => Int)
  recoveryCodesLeft(@Root() user: AdminUserType, @Ctx() ctx: AppContext): Promise<number> {
    return ctx.services.factors.recoveryCodesLeft(user.id);
  }
}
