import { describe, expect, it } from "vitest";
import { summariseDetail } from "./audit-format";

describe("summariseDetail", () => {
  it("shows a policy change with the names admins know and leaves ids out", () => {
    const detail = JSON.stringify({ domainId: "0b6c", domain: "example.com", from: "OFF", to: "REQUIRED", viaParent: false });
    expect(summariseDetail(detail)).toBe("Off → Force-On · domain: example.com · via parent: no");
  });

  it("skips the username the target column already shows, but keeps it for a deleted target", () => {
    const detail = JSON.stringify({ username: "alice@example.com", devicesRemoved: 2 });
    expect(summariseDetail(detail, { targetUsername: "alice@example.com" })).toBe("devices removed: 2");
    expect(summariseDetail(detail, { targetUsername: null })).toBe("username: alice@example.com · devices removed: 2");
  });

  it("names override levels and copes with no detail or a detail that is not JSON", () => {
    const override = JSON.stringify({ from: "DEFAULT", to: "REQUIRED", revokedSessions: 0 });
    expect(summariseDetail(override, { action: "MFA_OVERRIDE_SET" })).toBe("Default → Required · revoked sessions: 0");
    expect(summariseDetail(JSON.stringify({ channel: "GRAPHQL", policy: "OPTIONAL" }))).toBe("channel: GRAPHQL · policy: Optional");
    expect(summariseDetail(null)).toBe("");
    expect(summariseDetail("not json")).toBe("not json");
  });
});
