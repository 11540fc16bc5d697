import { describe, expect, it } from "vitest";
import { mailboxViewParams, readMailboxView } from "./mailbox-view";

describe("the mailboxes view in the address", () => {
  it("reads a shared address and writes it back the same", () => {
    const view = readMailboxView(new URLSearchParams("domain=all&status=LOCKED&q=%20smi%20&sort=devices&dir=desc&pages=abc.d-e_f"));
    expect(view).toEqual({ domain: "all", status: "LOCKED", search: "smi", sort: { field: "DEVICES", direction: "DESC" }, cursors: ["abc", "d-e_f"] });
    expect(mailboxViewParams(view)).toEqual({ domain: "all", status: "LOCKED", q: "smi", sort: "devices", dir: "desc", pages: "abc.d-e_f" });
  });

  it("ignores what it does not know and leaves defaults out of the address", () => {
    const view = readMailboxView(new URLSearchParams("status=ALL&sort=secret&pages=a..b!c"));
    expect(view).toEqual({ domain: null, status: null, search: "", sort: { field: "ADDRESS", direction: "ASC" }, cursors: ["a"] });
    expect(mailboxViewParams({ sort: { field: "ADDRESS", direction: "ASC" }, cursors: [], search: "" })).toEqual({ sort: null, dir: null, pages: null, q: null });
    expect(mailboxViewParams({ sort: { field: "ADDRESS", direction: "DESC" } })).toEqual({ sort: "address", dir: "desc" });
  });
});
