import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildSchema, isEnumType } from "graphql";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABEL, AUDIT_ACTIONS, isAuditAction } from "./audit-actions";

describe("the audit actions", () => {
  it("are exactly the schema's AuditAction values, each with its own label", () => {
    // Tests run from the console's folder; the API's schema file sits beside it.
    const schema = buildSchema(readFileSync(resolve(process.cwd(), "../api/schema.graphql"), "utf8"));
    const type = schema.getType("AuditAction");
    if (!isEnumType(type)) throw new Error("The schema has no AuditAction enum");
    expect([...AUDIT_ACTIONS].sort()).toEqual(type.getValues().map((value) => value.name).sort());
    expect(new Set(Object.values(AUDIT_ACTION_LABEL)).size).toBe(AUDIT_ACTIONS.length);
  });

  it("recognise an action name and nothing else", () => {
    expect(isAuditAction("MFA_RESET")).toBe(true);
    expect(isAuditAction("mfa_reset")).toBe(false);
    expect(isAuditAction("toString")).toBe(false);
    expect(isAuditAction(null)).toBe(false);
  });
});
