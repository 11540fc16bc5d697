import { describe, expect, it } from "vitest";
import { deadlineInputValue, deadlineOf } from "./deadline";

describe("deadline days", () => {
  it("a day is its start on the reader's calendar, and back", () => {
    const iso = deadlineOf("2027-03-15") as string;
    expect(new Date(iso).getHours()).toBe(0);
    expect(new Date(iso).getDate()).toBe(15);
    expect(deadlineInputValue(iso)).toBe("2027-03-15");
  });
  it("empty or unreadable values are no deadline", () => {
    expect(deadlineOf("")).toBeNull();
    expect(deadlineOf("15/03/2027")).toBeNull();
    expect(deadlineInputValue(null)).toBe("");
  });
});
