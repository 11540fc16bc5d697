import { describe, expect, it } from "vitest";
import { crossedSharedPhone, sharedPhoneReasons } from "./shared-phone.js";

describe("sharedPhoneReasons", () => {
  it("flags a number on more mailboxes of the account than the threshold, or on another account's", () => {
    expect(sharedPhoneReasons({ inAccount: 3, otherAccounts: 0 })).toEqual([]);
    expect(sharedPhoneReasons({ inAccount: 4, otherAccounts: 0 })).toEqual(["THRESHOLD"]);
    expect(sharedPhoneReasons({ inAccount: 1, otherAccounts: 1 })).toEqual(["OTHER_ACCOUNTS"]);
    expect(sharedPhoneReasons({ inAccount: 2, otherAccounts: 0 }, 1)).toEqual(["THRESHOLD"]);
  });
});

describe("crossedSharedPhone", () => {
  it("names a crossing once: at threshold + 1, and at the account's first mailbox of a number known elsewhere", () => {
    expect(crossedSharedPhone({ inAccount: 4, otherAccounts: 0 })).toEqual(["THRESHOLD"]);
    expect(crossedSharedPhone({ inAccount: 5, otherAccounts: 0 })).toEqual([]);
    expect(crossedSharedPhone({ inAccount: 1, otherAccounts: 2 })).toEqual(["OTHER_ACCOUNTS"]);
    expect(crossedSharedPhone({ inAccount: 2, otherAccounts: 2 })).toEqual([]);
  });
});
