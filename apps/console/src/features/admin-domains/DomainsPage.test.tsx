import type { MockLink } from "@apollo/client/testing";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { adminSession, domainData, type DomainFixture } from "../../test/admin-fixtures";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { authenticator, reauthFactors, stepUp } from "../../test/reauth-fixtures";
import { DomainsPage, DomainsPageDocument } from "./DomainsPage";
import { PolicyImpactDocument, SetDomainMfaPolicyDocument } from "./PolicyPanel";

afterEach(cleanup);

function tree(rootPolicy: DomainFixture["policy"]): DomainFixture[] {
  return [
    {
      id: "d1",
      name: "example.com",
      policy: rootPolicy,
      coverage: { mailboxes: 3, enrolled: 2, locked: 1, passkeys: 1 },
      children: [{ id: "d2", name: "sales.example.com", policy: "OFF", coverage: { mailboxes: 2, enrolled: 0, locked: 0 } }],
    },
  ];
}

/** The domains query, answering with the tree after `saves` saves. */
function domainsMock(answers: DomainFixture["policy"][]): MockLink.MockedResponse & { calls: () => number } {
  let calls = 0;
  return {
    request: { query: DomainsPageDocument },
    maxUsageCount: answers.length,
    result: () => {
      const policy = answers[Math.min(calls, answers.length - 1)] ?? "OPTIONAL";
      calls += 1;
      return { data: { domains: tree(policy).map((d) => domainData(d)) } };
    },
    calls: () => calls,
  };
}

const impact = {
  request: { query: PolicyImpactDocument, variables: { domainId: "d1", policy: "REQUIRED", includeChildren: false, enforceFrom: null } },
  result: {
    data: {
      policyImpact: {
        __typename: "PolicyImpact",
        affected: 3,
        enforceFrom: null,
        loggedOut: { __typename: "ImpactGroup", count: 1, sample: ["bob@example.com"] },
        mustEnrol: { __typename: "ImpactGroup", count: 2, sample: ["bob@example.com", "erin@example.com"] },
        saveRefusal: null,
      },
    },
  },
};

function itemOf(name: string): HTMLElement {
  const item = screen.getByRole("heading", { name }).closest("li");
  if (!item) throw new Error(`no item for ${name}`);
  return item;
}

describe("DomainsPage", () => {
  it("shows the tree with each domain's policy and coverage", async () => {
    renderWithProviders(<DomainsPage />, { path: "/admin/domains", session: adminSession, mocks: [domainsMock(["OPTIONAL"])] });
    expect(await screen.findByRole("heading", { level: 2, name: "example.com" })).toBeTruthy();
    const root = itemOf("example.com");
    const child = itemOf("sales.example.com");
    expect(root.contains(child)).toBe(true);
    expect(within(root).getAllByText("Optional")[0]).toBeTruthy();
    expect(within(child).getByText("Off")).toBeTruthy();
    const meter = screen.getByRole("meter", { name: "MFA coverage of example.com" });
    expect(meter.getAttribute("aria-valuetext")).toBe("2 of 3 mailboxes enrolled");
    expect(screen.getByText("1 with a passkey (phishing-resistant)")).toBeTruthy();
    expect(within(root).getAllByText("1 locked")[0]).toBeTruthy();
    const link = within(child).getByRole("link", { name: "Mailboxes of sales.example.com" });
    expect(link.getAttribute("href")).toBe("/admin/mailboxes?domain=d2");
  });

  it("offers Save policy only after the impact of the chosen policy was previewed", async () => {
    const domains = domainsMock(["OPTIONAL", "REQUIRED"]);
    const save = vi.fn(() => ({
      data: {
        setDomainMfaPolicy: {
          __typename: "SetDomainMfaPolicyPayload",
          domains: [{ __typename: "Domain", id: "d1", policy: "REQUIRED", enforceFrom: null }],
          revokedSessions: 1,
        },
      },
    }));
    renderWithProviders(<DomainsPage />, {
      path: "/admin/domains",
      session: adminSession,
      mocks: [
        domains,
        impact,
        { request: { query: SetDomainMfaPolicyDocument, variables: { input: { domainId: "d1", policy: "REQUIRED", includeChildren: false, enforceFrom: null } } }, result: save },
      ],
    });
    await screen.findByRole("heading", { name: "example.com" });
    const root = itemOf("example.com");
    const toggle = within(root).getAllByRole("button", { name: "Change policy" })[0] as HTMLElement;
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");

    const group = screen.getByRole("group", { name: "MFA policy for example.com" });
    expect((within(group).getByRole("radio", { name: "Optional" }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole("checkbox", { name: "Also apply to child domains" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Save policy" })).toBeNull();
    expect((screen.getByRole("button", { name: "Preview" }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(within(group).getByRole("radio", { name: "Force-On" }));
    expect(screen.queryByRole("button", { name: "Save policy" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));

    expect(await screen.findByText("1 user will be signed out")).toBeTruthy();
    expect(screen.getByText("2 users must set up MFA at their next sign-in")).toBeTruthy();
    expect(screen.getByText("bob@example.com, erin@example.com")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Save policy" })).toBeTruthy();

    // Another choice makes the preview stale: no saving until it is previewed.
    fireEvent.click(within(group).getByRole("radio", { name: "Off" }));
    expect(screen.queryByRole("button", { name: "Save policy" })).toBeNull();
    expect(screen.queryByText("1 user will be signed out")).toBeNull();
    fireEvent.click(within(group).getByRole("radio", { name: "Force-On" }));
    expect(save).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("button", { name: "Save policy" }));
    expect(await screen.findByText("example.com is now Force-On. 1 session was signed out.")).toBeTruthy();
    expect(save).toHaveBeenCalledTimes(1);
    expect(domains.calls()).toBe(2);
    expect(screen.queryByRole("group", { name: "MFA policy for example.com" })).toBeNull();
    expect(within(itemOf("example.com")).getAllByText("Force-On")[0]).toBeTruthy();
  });

  it("sends an admin without MFA of their own to Security when Force-On is refused", async () => {
    renderWithProviders(<DomainsPage />, {
      path: "/admin/domains",
      session: adminSession,
      mocks: [
        domainsMock(["OPTIONAL"]),
        impact,
        {
          request: { query: SetDomainMfaPolicyDocument, variables: { input: { domainId: "d1", policy: "REQUIRED", includeChildren: false, enforceFrom: null } } },
          result: graphQLError("Set up multi-factor authentication for your own login first.", "FORBIDDEN", { reason: "ADMIN_MFA_NOT_SET_UP" }),
        },
      ],
    });
    await screen.findByRole("heading", { name: "example.com" });
    fireEvent.click(within(itemOf("example.com")).getAllByRole("button", { name: "Change policy" })[0] as HTMLElement);
    fireEvent.click(screen.getByRole("radio", { name: "Force-On" }));
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    fireEvent.click(await screen.findByRole("button", { name: "Save policy" }));
    expect(await screen.findByText("Set up your own multi-factor authentication first")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Set it up on your Security page" }).getAttribute("href")).toBe("/security");
    // The refused save keeps the choice and its preview.
    expect((screen.getByRole("radio", { name: "Force-On" }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText("1 user will be signed out")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Save policy" })).toBeTruthy();
  });

  it("says in the preview, before Save, that Force-On needs the admin's own MFA first", async () => {
    const refused = { ...impact, result: { data: { policyImpact: { ...impact.result.data.policyImpact, saveRefusal: "ADMIN_MFA_NOT_SET_UP" } } } };
    renderWithProviders(<DomainsPage />, { path: "/admin/domains", session: adminSession, mocks: [domainsMock(["OPTIONAL"]), refused] });
    await screen.findByRole("heading", { name: "example.com" });
    fireEvent.click(within(itemOf("example.com")).getAllByRole("button", { name: "Change policy" })[0] as HTMLElement);
    fireEvent.click(screen.getByRole("radio", { name: "Force-On" }));
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    expect(await screen.findByText("Set up your own multi-factor authentication first")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Set it up on your Security page" }).getAttribute("href")).toBe("/security");
    expect((screen.getByRole("button", { name: "Save policy" }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole("radio", { name: "Force-On" }) as HTMLInputElement).checked).toBe(true);
  });

  it("asks the admin to confirm it's them before lowering a policy, then saves it", async () => {
    let saves = 0;
    const input = { domainId: "d1", policy: "OFF", includeChildren: false, enforceFrom: null };
    renderWithProviders(<DomainsPage />, {
      path: "/admin/domains",
      session: adminSession,
      mocks: [
        domainsMock(["OPTIONAL", "OFF"]),
        {
          request: { query: PolicyImpactDocument, variables: { domainId: "d1", policy: "OFF", includeChildren: false, enforceFrom: null } },
          result: { data: { policyImpact: { __typename: "PolicyImpact", affected: 3, enforceFrom: null, loggedOut: { __typename: "ImpactGroup", count: 0, sample: [] }, mustEnrol: { __typename: "ImpactGroup", count: 0, sample: [] }, saveRefusal: null } } },
        },
        {
          request: { query: SetDomainMfaPolicyDocument, variables: { input } },
          maxUsageCount: 2,
          result: () =>
            ++saves === 1
              ? graphQLError("Confirm it is you to make this change.", "RECENT_AUTH_REQUIRED")
              : { data: { setDomainMfaPolicy: { __typename: "SetDomainMfaPolicyPayload", domains: [{ __typename: "Domain", id: "d1", policy: "OFF", enforceFrom: null }], revokedSessions: 0 } } },
        },
        reauthFactors([authenticator]),
        stepUp({ passcode: "123456" }),
      ],
    });
    await screen.findByRole("heading", { name: "example.com" });
    fireEvent.click(within(itemOf("example.com")).getAllByRole("button", { name: "Change policy" })[0] as HTMLElement);
    fireEvent.click(screen.getByRole("radio", { name: "Off" }));
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    fireEvent.click(await screen.findByRole("button", { name: "Save policy" }));

    const prompt = await screen.findByRole("dialog", { name: "Confirm it’s you" });
    fireEvent.change(await within(prompt).findByLabelText("Code"), { target: { value: "123456" } });
    fireEvent.click(within(prompt).getByRole("button", { name: "Confirm" }));
    expect(await screen.findByText("example.com is now Off.")).toBeTruthy();
    expect(saves).toBe(2);
  });

  it("tells an admin who signed in without their second factor to sign in again with it", async () => {
    renderWithProviders(<DomainsPage />, {
      path: "/admin/domains",
      session: adminSession,
      mocks: [{ request: { query: DomainsPageDocument }, result: graphQLError("Sign in with your second factor to manage the account.", "MFA_REQUIRED") }],
    });
    expect(await screen.findByText("Sign in again with your second factor to manage the account")).toBeTruthy();
    expect(screen.queryByText("The domains could not be loaded")).toBeNull();
    expect(screen.getByRole("button", { name: "Sign out and sign in again" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Security page" }).getAttribute("href")).toBe("/security");
  });

  it("says why the domains could not be loaded, from the error code", async () => {
    renderWithProviders(<DomainsPage />, {
      path: "/admin/domains",
      session: adminSession,
      mocks: [{ request: { query: DomainsPageDocument }, result: graphQLError("Only admins can do this.", "FORBIDDEN") }],
    });
    expect(await screen.findByText("The domains could not be loaded")).toBeTruthy();
    expect(screen.getByText("Only admins can do this.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
  });
});
