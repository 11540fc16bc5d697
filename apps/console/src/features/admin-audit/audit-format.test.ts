import { describe, expect, it } from "vitest";
import { detailFields } from "./audit-format";

const pairs = (fields: { label: string; value: string }[]) => fields.map((f) => `${f.label}=${f.value}`);

describe("detailFields", () => {
  it("shows a policy change with the names admins know and leaves ids out", () => {
    const detail = JSON.stringify({ domainId: "0b6c", domain: "example.com", from: "OFF", to: "REQUIRED", viaParent: false, domainIds: ["a"] });
    expect(pairs(detailFields(detail))).toEqual(["Change=Off → Force-On", "Domain=example.com", "Via parent=no"]);
  });

  it("skips the username the target column already shows, but keeps it for a deleted target", () => {
    const detail = JSON.stringify({ username: "alice@example.com", devicesRemoved: 2 });
    expect(pairs(detailFields(detail, { targetUsername: "alice@example.com" }))).toEqual(["Devices removed=2"]);
    expect(pairs(detailFields(detail, { targetUsername: null }))).toEqual(["Username=alice@example.com", "Devices removed=2"]);
  });

  it("names override levels, words lists and objects, and copes with no detail or a detail that is not JSON", () => {
    const override = JSON.stringify({ from: "DEFAULT", to: "REQUIRED", revokedSessions: 0 });
    expect(pairs(detailFields(override, { action: "MFA_OVERRIDE_SET" }))).toEqual(["Change=Default → Required", "Revoked sessions=0"]);
    expect(pairs(detailFields(JSON.stringify({ channel: "GRAPHQL", policy: "OPTIONAL", events: ["a", "b"], scope: { kind: "USER" } })))).toEqual([
      "Channel=GRAPHQL",
      "Policy=Optional",
      "Events=a, b",
      "Scope=kind: USER",
    ]);
    expect(detailFields(null)).toEqual([]);
    expect(pairs(detailFields("not json"))).toEqual(["Detail=not json"]);
  });
});
