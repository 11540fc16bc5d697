import type { MockLink } from "@apollo/client/testing";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { adminSession } from "../../test/admin-fixtures";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { authenticator, reauthFactors, stepUp } from "../../test/reauth-fixtures";
import { AccountPage, AccountPageDocument, SetAccountAdminMfaPolicyDocument } from "./AccountPage";

afterEach(cleanup);

function account(policy: string, { devices = [{ __typename: "Device", id: "d1", verified: true }], mfaPassed = true } = {}): MockLink.MockedResponse {
  return {
    request: { query: AccountPageDocument },
    result: {
      data: {
        account: { __typename: "Account", id: "a1", name: "Example Corp", adminMfaPolicy: policy, adminEnforceFrom: null },
        me: { __typename: "Viewer", id: "u1", mfaPassed, security: { __typename: "Security", devices } },
      },
    },
  };
}

const saved = (policy: string) => ({ data: { setAccountAdminMfaPolicy: { __typename: "AccountPayload", account: { __typename: "Account", id: "a1", name: "Example Corp", adminMfaPolicy: policy, adminEnforceFrom: null } } } });

describe("AccountPage", () => {
  it("shows the admin policy as Passkey required / Force-On / Optional / Off and saves a new choice", async () => {
    const save = vi.fn(() => saved("REQUIRED"));
    renderWithProviders(<AccountPage />, {
      path: "/admin/account",
      session: adminSession,
      mocks: [account("OPTIONAL"), { request: { query: SetAccountAdminMfaPolicyDocument, variables: { policy: "REQUIRED" } }, result: save }],
    });
    const group = await screen.findByRole("group", { name: "MFA policy for the admins of Example Corp" });
    const radios = within(group).getAllByRole("radio").map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent);
    expect(radios).toEqual(["Passkey required", "Force-On", "Optional", "Off"]);
    expect((within(group).getByRole("radio", { name: "Optional" }) as HTMLInputElement).checked).toBe(true);
    const button = screen.getByRole("button", { name: "Save policy" }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);

    fireEvent.click(within(group).getByRole("radio", { name: "Force-On" }));
    expect(screen.getByText("What saving Force-On does")).toBeTruthy();
    expect(button.disabled).toBe(false);
    fireEvent.click(button);
    expect(await screen.findByText("Admins of Example Corp are now under Force-On.")).toBeTruthy();
    expect(save).toHaveBeenCalledTimes(1);
    expect((within(group).getByRole("radio", { name: "Force-On" }) as HTMLInputElement).checked).toBe(true);
  });

  it("asks the admin to confirm it's them before lowering the admin policy", async () => {
    let saves = 0;
    renderWithProviders(<AccountPage />, {
      path: "/admin/account",
      session: adminSession,
      mocks: [
        account("REQUIRED"),
        {
          request: { query: SetAccountAdminMfaPolicyDocument, variables: { policy: "OPTIONAL" } },
          maxUsageCount: 2,
          result: () => (++saves === 1 ? graphQLError("Confirm it is you to make this change.", "RECENT_AUTH_REQUIRED") : saved("OPTIONAL")),
        },
        reauthFactors([authenticator]),
        stepUp({ passcode: "ABCD-EFGH-JKLM-NPQR" }),
      ],
    });
    fireEvent.click(await screen.findByRole("radio", { name: "Optional" }));
    fireEvent.click(screen.getByRole("button", { name: "Save policy" }));
    const prompt = await screen.findByRole("dialog", { name: "Confirm it’s you" });
    fireEvent.click(await within(prompt).findByRole("button", { name: "Use a recovery code" }));
    fireEvent.change(within(prompt).getByLabelText("Recovery code"), { target: { value: "ABCD-EFGH-JKLM-NPQR" } });
    fireEvent.click(within(prompt).getByRole("button", { name: "Confirm" }));
    expect(await screen.findByText("Admins of Example Corp are now under Optional.")).toBeTruthy();
    expect(saves).toBe(2);
  });

  it("warns an admin without a device, and links to Security when the service refuses", async () => {
    renderWithProviders(<AccountPage />, {
      path: "/admin/account",
      session: adminSession,
      mocks: [
        account("OPTIONAL", { devices: [], mfaPassed: false }),
        {
          request: { query: SetAccountAdminMfaPolicyDocument, variables: { policy: "REQUIRED" } },
          result: graphQLError("Set up multi-factor authentication first.", "FORBIDDEN", { reason: "ADMIN_MFA_NOT_SET_UP" }),
        },
      ],
    });
    fireEvent.click(await screen.findByRole("radio", { name: "Force-On" }));
    expect(screen.getByRole("link", { name: "set up your own first" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Save policy" }));
    expect(await screen.findByText("Set up your own multi-factor authentication first")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Set it up on your Security page" }).getAttribute("href")).toBe("/security");
  });

  it("sets Force-On from a day for the admins: the deadline goes with the policy and shows beside it", async () => {
    const day = new Date(Date.now() + 20 * 24 * 60 * 60 * 1000);
    const pad = (n: number) => String(n).padStart(2, "0");
    const typed = `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
    const enforceFrom = new Date(day.getFullYear(), day.getMonth(), day.getDate()).toISOString();
    const save = vi.fn(() => ({
      data: { setAccountAdminMfaPolicy: { __typename: "AccountPayload", account: { __typename: "Account", id: "a1", name: "Example Corp", adminMfaPolicy: "REQUIRED", adminEnforceFrom: enforceFrom } } },
    }));
    renderWithProviders(<AccountPage />, {
      path: "/admin/account",
      session: adminSession,
      mocks: [account("OPTIONAL"), { request: { query: SetAccountAdminMfaPolicyDocument, variables: { policy: "REQUIRED", enforceFrom } }, result: save }],
    });
    fireEvent.click(await screen.findByRole("radio", { name: "Force-On" }));
    fireEvent.change(screen.getByLabelText("Deadline (optional)"), { target: { value: typed } });
    expect(screen.getByText(/may put it off once a day/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Save policy" }));
    expect(await screen.findByText(/Admins of Example Corp are now under Force-On from /)).toBeTruthy();
    expect(save).toHaveBeenCalledTimes(1);
    // Saved: nothing left to save, and the details name the day.
    expect((screen.getByRole("button", { name: "Save policy" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getAllByText(/from /).length).toBeGreaterThan(1);
  });

  it("offers no deadline for Optional or Off", async () => {
    renderWithProviders(<AccountPage />, { path: "/admin/account", session: adminSession, mocks: [account("OPTIONAL")] });
    await screen.findByRole("radio", { name: "Force-On" });
    expect(screen.queryByLabelText("Deadline (optional)")).toBeNull();
    fireEvent.click(screen.getByRole("radio", { name: "Force-On" }));
    expect(screen.getByLabelText("Deadline (optional)")).toBeTruthy();
  });
});
