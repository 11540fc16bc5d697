import type { PolicyLevel } from "@mfa/core";
import type { DomainsService } from "#src/modules/domains/domains.service.js";
import type { ReminderService } from "#src/modules/rollout/reminder.service.js";
import type { RolloutSnapshotService, SnapshotPoint } from "#src/modules/rollout-snapshots/snapshots.service.js";

/** One domain's line of the dashboard: its setting, its counters now, and its reminders. */
export interface RolloutRow {
  id: string;
  name: string;
  policy: PolicyLevel;
  /** The Force-On deadline (REQUIRED only); null: in force now, or no Force-On. */
  enforceFrom: number | null;
  mailboxes: number;
  enrolled: number;
  locked: number;
  remindersSent: number;
  lastReminderAt: number | null;
}

export interface RolloutDashboard {
  accountId: string;
  /** The domain asked for; null: the whole account (every domain the caller reaches). */
  domain: { id: string; name: string } | null;
  rows: RolloutRow[];
  mailboxes: number;
  enrolled: number;
  locked: number;
  /** The domain's deadline, or for the whole account the nearest deadline not yet passed. */
  enforceFrom: number | null;
  remindersSent: number;
  lastReminderAt: number | null;
}

/**
 * The rollout dashboard: where MFA coverage stands now (the per-domain counters, through `domains/`), the reminders of
 * each domain's current deadline, and the daily snapshots for the chart. A few rows per domain, whatever the number
 * of mailboxes.
 */
export class RolloutDashboardService {
  constructor(private readonly deps: { domains: DomainsService; reminders: ReminderService; snapshots: RolloutSnapshotService; now: () => number }) {}

  /** One domain (checked by the caller to be the account's) or, with null, every domain of the account in `allowed` (null: all). */
  async build(accountId: string, domainId: string | null, allowed: ReadonlySet<string> | null): Promise<RolloutDashboard> {
    const nodes = (await this.deps.domains.flatTree(accountId)).filter((n) => (domainId === null ? allowed === null || allowed.has(n.domain.id) : n.domain.id === domainId));
    const totals = await this.deps.reminders.totals(nodes.map((n) => n.domain.id));
    const rows: RolloutRow[] = nodes.map(({ domain, coverage }) => ({
      id: domain.id,
      name: domain.name,
      policy: domain.mfaPolicy,
      enforceFrom: domain.mfaPolicy === "REQUIRED" ? domain.enforceFrom : null,
      mailboxes: coverage.mailboxes,
      enrolled: coverage.enrolled,
      locked: coverage.locked,
      remindersSent: totals.get(domain.id)?.sent ?? 0,
      lastReminderAt: totals.get(domain.id)?.lastSentAt ?? null,
    }));
    const sum = (pick: (r: RolloutRow) => number) => rows.reduce((n, r) => n + pick(r), 0);
    const now = this.deps.now();
    const ahead = rows.map((r) => r.enforceFrom).filter((t): t is number => t !== null && t > now);
    const single = domainId === null ? null : (rows[0] ?? null);
    const last = rows.map((r) => r.lastReminderAt).filter((t): t is number => t !== null);
    return {
      accountId,
      domain: single ? { id: single.id, name: single.name } : null,
      rows,
      mailboxes: sum((r) => r.mailboxes),
      enrolled: sum((r) => r.enrolled),
      locked: sum((r) => r.locked),
      enforceFrom: single ? single.enforceFrom : ahead.length ? Math.min(...ahead) : null,
      remindersSent: sum((r) => r.remindersSent),
      lastReminderAt: last.length ? Math.max(...last) : null,
    };
  }

  /** The daily snapshots of the dashboard's domains over the last `days` days, added up per day. */
  history(dashboard: RolloutDashboard, days: number): Promise<SnapshotPoint[]> {
    return this.deps.snapshots.history(
      dashboard.accountId,
      dashboard.rows.map((r) => r.id),
      days,
    );
  }
}
