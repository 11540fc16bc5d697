import { describe, expect, it } from "vitest";
import { dueReminder, reminderSchedule } from "./reminders.js";

const DAY = 24 * 60 * 60 * 1000;
const SET = Date.UTC(2026, 11, 1, 9);
const DEADLINE = SET + 14 * DAY;

describe("dueReminder", () => {
  it("when the deadline is set, 7 days and 1 day before, and on the day", () => {
    expect(dueReminder({ setAt: SET, enforceFrom: DEADLINE, now: SET })).toBe("SET");
    expect(dueReminder({ setAt: SET, enforceFrom: DEADLINE, now: DEADLINE - 7 * DAY - 1 })).toBe("SET");
    expect(dueReminder({ setAt: SET, enforceFrom: DEADLINE, now: DEADLINE - 7 * DAY })).toBe("WEEK_BEFORE");
    expect(dueReminder({ setAt: SET, enforceFrom: DEADLINE, now: DEADLINE - DAY })).toBe("DAY_BEFORE");
    expect(dueReminder({ setAt: SET, enforceFrom: DEADLINE, now: DEADLINE })).toBe("DAY_OF");
    expect(dueReminder({ setAt: SET, enforceFrom: DEADLINE, now: DEADLINE + DAY - 1 })).toBe("DAY_OF");
    expect(dueReminder({ setAt: SET, enforceFrom: DEADLINE, now: DEADLINE + DAY })).toBeNull();
  });
  it("nothing before the deadline was set; no late reminder for a short deadline", () => {
    expect(dueReminder({ setAt: SET, enforceFrom: DEADLINE, now: SET - 1 })).toBeNull();
    const short = SET + 3 * DAY;
    expect(reminderSchedule(SET, short).map((s) => s.slot)).toEqual(["SET", "DAY_BEFORE", "DAY_OF"]);
    expect(dueReminder({ setAt: SET, enforceFrom: short, now: SET + DAY })).toBe("SET");
  });
});
