import { describe, expect, it } from "vitest";
import { bulkSummary, confirmTitle } from "./bulk";

describe("bulk action wording", () => {
  it("asks with the count", () => {
    expect(confirmTitle({ action: "UNLOCK", level: null }, 3)).toBe("Unlock 3 mailboxes?");
    expect(confirmTitle({ action: "RESET_MFA", level: null }, 1)).toBe("Reset MFA of 1 mailbox?");
  });
  it("says what succeeded and what was refused, with codes", () => {
    expect(bulkSummary({ requested: 3, succeeded: 2, moreMatching: false, refused: [{ userId: "u9", username: null, code: "NOT_FOUND" }] })).toBe(
      "Done for 2 mailboxes of 3. Refused: u9 (NOT_FOUND).",
    );
    expect(bulkSummary({ requested: 10000, succeeded: 10000, moreMatching: true, refused: [] })).toMatch(/run it again/);
  });
});
