import type { PolicyLevel } from "@mfa/core";
import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { PolicyLevelEnum } from "#src/graphql/enums.js";
import type { RolloutDashboard } from "./dashboard.service.js";

/** The counts of a domain, a day or the whole account: mailboxes, how many have a device, how many are locked. */
@ObjectType()
abstract class RolloutCounts {
  @Field(() => Int, { description: "Mailboxes counted (of a domain: its own, not its sub-domains')." })
  mailboxes: number;

  @Field(() => Int, { description: "Mailboxes with a verified device." })
  enrolled: number;

  @Field(() => Int, { description: "Mailboxes without a verified device." })
  notEnrolled: number;

  @Field(() => Int, { description: "Mailboxes locked after too many wrong codes." })
  locked: number;
}

@ObjectType("RolloutDomain", { description: "One domain's rollout: its setting, its mailboxes now, and the reminders of its current deadline." })
export class RolloutDomainType extends RolloutCounts {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => PolicyLevelEnum)
  policy: PolicyLevel;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "The Force-On deadline; null: in force now, or no Force-On." })
  enforceFrom: Date | null;

  @Field(() => Int, { description: "Reminders of the current deadline that went out (scheduled and sent by an admin)." })
  remindersSent: number;

  @Field(() => DateTimeISOResolver, { nullable: true })
  lastReminderAt: Date | null;
}

@ObjectType("RolloutDay", { description: "A day's coverage snapshot (taken once a UTC day by the rollout job)." })
export class RolloutDayType extends RolloutCounts {
  @Field(() => String, { description: "The UTC day, YYYY-MM-DD." })
  day: string;
}

@ObjectType("RolloutDashboard", { description: "MFA rollout of one domain, or of the whole account: coverage now, the deadline, reminders, and coverage over time." })
export class RolloutDashboardType extends RolloutCounts {
  @Field(() => ID, { nullable: true, description: "The domain; null for the whole account." })
  domainId: string | null;

  @Field(() => String, { nullable: true })
  domainName: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "The domain's Force-On deadline; for the whole account, the nearest one not yet passed." })
  enforceFrom: Date | null;

  @Field(() => Int, { description: "Reminders of the current deadlines that went out." })
  remindersSent: number;

  @Field(() => DateTimeISOResolver, { nullable: true })
  lastReminderAt: Date | null;

  @Field(() => [RolloutDomainType], { description: "The domains counted, by name order of the tree (one for a domain's dashboard)." })
  domains: RolloutDomainType[];

  /** What `history` reads (not a field). */
  source: RolloutDashboard;
}

const date = (t: number | null): Date | null => (t === null ? null : new Date(t));

export function presentDashboard(d: RolloutDashboard): RolloutDashboardType {
  return {
    domainId: d.domain?.id ?? null,
    domainName: d.domain?.name ?? null,
    mailboxes: d.mailboxes,
    enrolled: d.enrolled,
    notEnrolled: d.mailboxes - d.enrolled,
    locked: d.locked,
    enforceFrom: date(d.enforceFrom),
    remindersSent: d.remindersSent,
    lastReminderAt: date(d.lastReminderAt),
    domains: d.rows.map((r) => ({ ...r, enforceFrom: date(r.enforceFrom), lastReminderAt: date(r.lastReminderAt), notEnrolled: r.mailboxes - r.enrolled })),
    source: d,
  };
}
