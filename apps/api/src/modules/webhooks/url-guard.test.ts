import { describe, expect, it } from "vitest";
import { checkUrlForm, isPublicAddress, resolveTarget, type Resolver } from "./url-guard.js";

describe("isPublicAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.8.9.10", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local: the cloud metadata service"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["0.0.0.0", "unspecified"],
    ["255.255.255.255", "broadcast"],
    ["224.0.0.1", "multicast"],
    ["192.0.2.10", "documentation"],
    ["::1", "IPv6 loopback"],
    ["::", "IPv6 unspecified"],
    ["fe80::1", "IPv6 link-local"],
    ["fd00::1", "IPv6 unique-local"],
    ["fd00:ec2::254", "the IPv6 metadata service (unique-local)"],
    ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
    ["::ffff:7f00:1", "IPv4-mapped loopback, hex form"],
    ["::ffff:10.0.0.1", "IPv4-mapped private"],
    ["::ffff:169.254.169.254", "IPv4-mapped metadata"],
    ["64:ff9b::7f00:1", "NAT64 of loopback"],
    ["2002:7f00:1::", "6to4 of loopback"],
    ["ff02::1", "IPv6 multicast"],
    ["not an address", "not an address"],
  ])("refuses %s (%s)", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:93.184.216.34"])("accepts the public address %s", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe("checkUrlForm", () => {
  it("takes http and https outside production, https only in production", () => {
    expect(checkUrlForm("http://127.0.0.1:8080/hooks", false)).toMatchObject({ ok: true });
    expect(checkUrlForm("http://hooks.example.com/x", true)).toEqual({ ok: false, reason: "HTTPS_REQUIRED" });
    expect(checkUrlForm("https://hooks.example.com/x?y=1", true)).toMatchObject({ ok: true });
  });

  it("refuses other schemes, credentials, fragments and overlong URLs", () => {
    expect(checkUrlForm("ftp://hooks.example.com/", false)).toEqual({ ok: false, reason: "INVALID_URL" });
    expect(checkUrlForm("file:///etc/passwd", false)).toEqual({ ok: false, reason: "INVALID_URL" });
    expect(checkUrlForm("not a url", false)).toEqual({ ok: false, reason: "INVALID_URL" });
    expect(checkUrlForm("https://user:pw@hooks.example.com/", true)).toEqual({ ok: false, reason: "CREDENTIALS_IN_URL" });
    expect(checkUrlForm("https://hooks.example.com/#x", true)).toEqual({ ok: false, reason: "INVALID_URL" });
    expect(checkUrlForm(`https://hooks.example.com/${"a".repeat(2048)}`, true)).toEqual({ ok: false, reason: "INVALID_URL" });
  });
});

describe("resolveTarget", () => {
  const answers = (addresses: string[]): Resolver => async () => addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  const url = (text: string) => new URL(text);

  it("judges every address a name resolves to, in production", async () => {
    expect(await resolveTarget(url("https://hooks.example.com/"), true, answers(["93.184.216.34"]))).toEqual({ ok: true, address: { address: "93.184.216.34", family: 4 } });
    expect(await resolveTarget(url("https://hooks.example.com/"), true, answers(["93.184.216.34", "10.0.0.5"]))).toEqual({ ok: false, reason: "FORBIDDEN_ADDRESS" });
    expect(await resolveTarget(url("https://hooks.example.com/"), true, answers([]))).toEqual({ ok: false, reason: "UNRESOLVABLE" });
    const failing: Resolver = async () => {
      throw new Error("ENOTFOUND");
    };
    expect(await resolveTarget(url("https://nowhere.example.com/"), true, failing)).toEqual({ ok: false, reason: "UNRESOLVABLE" });
  });

  it("judges address literals without resolving them, whatever their spelling", async () => {
    const never: Resolver = async () => {
      throw new Error("must not resolve a literal");
    };
    for (const literal of ["https://127.0.0.1/", "https://0177.0.0.1/", "https://2130706433/", "https://127.1/", "https://[::1]/", "https://[::ffff:127.0.0.1]/", "https://0x7f000001/"]) {
      expect(await resolveTarget(url(literal), true, never), literal).toEqual({ ok: false, reason: "FORBIDDEN_ADDRESS" });
    }
    expect(await resolveTarget(url("https://[2606:4700:4700::1111]/"), true, never)).toEqual({ ok: true, address: { address: "2606:4700:4700::1111", family: 6 } });
  });

  it("takes any address outside production", async () => {
    expect(await resolveTarget(url("http://127.0.0.1:9/"), false, answers([]))).toEqual({ ok: true, address: { address: "127.0.0.1", family: 4 } });
  });
});
