import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { adminSession } from "../../test/admin-fixtures";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { signedInSession, userSessions } from "../../test/session-fixtures";
import { SignOutEverywhereDocument, UserSessions, UserSessionsDocument } from "./UserSessions";

afterEach(cleanup);

const carol = { id: "u-carol", username: "carol@example.com" };
const laptop = signedInSession({ current: false });
const phone = signedInSession({ id: "s-phone", browser: "Safari 17", os: "iOS 17.4", current: false });

describe("UserSessions", () => {
  it("lists the user's sessions without a per-session button, and signs them out everywhere after confirmation", async () => {
    const signOut = vi.fn(() => ({ data: { signOutEverywhere: { __typename: "SignOutSessionsPayload", signedOut: 2, sessions: [] } } }));
    renderWithProviders(<UserSessions user={carol} />, {
      session: adminSession,
      mocks: [userSessions("u-carol", [laptop, phone]), { request: { query: SignOutEverywhereDocument, variables: { userId: "u-carol" } }, result: signOut }],
    });
    const list = await screen.findByRole("list", { name: "Sessions of carol@example.com" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(2);
    expect(within(list).queryByText("This browser")).toBeNull();
    expect(within(list).queryByRole("button")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Sign out everywhere" }));
    let dialog = screen.getByRole("dialog", { name: "Sign carol@example.com out everywhere?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(signOut).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("button", { name: "Sign out everywhere" }));
    dialog = screen.getByRole("dialog", { name: "Sign carol@example.com out everywhere?" });
    expect(dialog.textContent).toContain("devices, recovery codes and settings stay as they are");
    const confirm = within(dialog).getByRole("button", { name: "Sign out everywhere" });
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    expect(await screen.findByText("carol@example.com was signed out everywhere (2 sessions).")).toBeTruthy();
    expect(signOut).toHaveBeenCalledTimes(1);
    expect(screen.getByText("carol@example.com isn’t signed in anywhere.")).toBeTruthy();
  });

  it("says when the user is signed in nowhere, with nothing to press", async () => {
    renderWithProviders(<UserSessions user={carol} />, { session: adminSession, mocks: [userSessions("u-carol", [])] });
    expect(await screen.findByText("carol@example.com isn’t signed in anywhere.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Sign out everywhere" })).toBeNull();
  });

  it("shows why the list could not be loaded", async () => {
    renderWithProviders(<UserSessions user={carol} />, {
      session: adminSession,
      mocks: [{ request: { query: UserSessionsDocument, variables: { userId: "u-carol" } }, result: graphQLError("That user does not exist.", "NOT_FOUND") }],
    });
    expect(await screen.findByText("The user’s sessions could not be loaded")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
  });
});
