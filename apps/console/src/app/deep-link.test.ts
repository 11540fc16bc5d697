import { describe, expect, it } from "vitest";
import { landingAfterSignIn, signInAddress } from "./deep-link";

describe("a deep link through sign-in", () => {
  it("keeps the address asked for, with its query, on the sign-in address", () => {
    expect(signInAddress("/admin/mailboxes", "?status=LOCKED&domain=all")).toBe("/sign-in?next=%2Fadmin%2Fmailboxes%3Fstatus%3DLOCKED%26domain%3Dall");
    expect(signInAddress("/", "")).toBe("/sign-in");
    expect(signInAddress("/security", "")).toBe("/sign-in?next=%2Fsecurity");
  });

  it("lands there after sign-in", () => {
    const search = new URL(`http://x${signInAddress("/admin/mailboxes", "?status=LOCKED")}`).search;
    expect(landingAfterSignIn(search, "ADMIN")).toBe("/admin/mailboxes?status=LOCKED");
    expect(landingAfterSignIn("?next=%2Fsetup%2Fphone", "MAILBOX")).toBe("/setup/phone");
  });

  it("never leaves the console, and sends a mailbox user asking for an admin page to Security", () => {
    for (const next of ["//evil.example/x", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "admin", "/sign-in", "/a b"]) {
      expect(landingAfterSignIn(`?${new URLSearchParams({ next })}`, "ADMIN")).toBe("/admin/overview");
    }
    expect(landingAfterSignIn("", "ADMIN")).toBe("/admin/overview");
    expect(landingAfterSignIn("?next=%2Fadmin%2Faudit", "MAILBOX")).toBe("/security");
  });
});
