/**
 * When users without a device are reminded of a Force-On deadline: when it is set, 7 days and 1 day before, and on
 * the day. Only the latest reminder due is sent (a deadline set 3 days ahead gets "set" and "1 day", never a late
 * "7 days"); each is sent once per user and deadline. Time is passed in.
 */

export const REMINDER_SLOTS = ["SET", "WEEK_BEFORE", "DAY_BEFORE", "DAY_OF"] as const;
export type ReminderSlot = (typeof REMINDER_SLOTS)[number];

const DAY = 24 * 60 * 60 * 1000;

/** The moment each reminder of a deadline set at `setAt` is due; slots due before the deadline was set are left out. */
export function reminderSchedule(setAt: number, enforceFrom: number): { slot: ReminderSlot; at: number }[] {
  const planned: { slot: ReminderSlot; at: number }[] = [
    { slot: "SET", at: setAt },
    { slot: "WEEK_BEFORE", at: enforceFrom - 7 * DAY },
    { slot: "DAY_BEFORE", at: enforceFrom - DAY },
    { slot: "DAY_OF", at: enforceFrom },
  ];
  return planned.filter((p) => p.slot === "SET" || p.at > setAt);
}

/** The reminder due at `now` (the latest whose time has come), or null: none yet, or the deadline's day is over. */
export function dueReminder(input: { setAt: number; enforceFrom: number; now: number }): ReminderSlot | null {
  if (input.now >= input.enforceFrom + DAY) return null;
  const due = reminderSchedule(input.setAt, input.enforceFrom).filter((p) => p.at <= input.now);
  return due.at(-1)?.slot ?? null;
}
