import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { mySessions, signedInSession } from "../../test/session-fixtures";
import { MySessionsDocument, SignedInSessions, SignOutOtherSessionsDocument, SignOutSessionDocument } from "./SignedInSessions";

afterEach(cleanup);

const laptop = signedInSession();
const phone = signedInSession({ id: "s-phone", browser: "Safari 17", os: "iOS 17.4", deviceType: "MOBILE", ipAddress: "198.51.100.2", signInMethods: ["PASSWORD", "TEXTED_CODE"], current: false });
const tablet = signedInSession({ id: "s-tablet", browser: "Firefox 128", os: "Android 14", deviceType: "TABLET", signInMethods: ["PASSWORD", "RECOVERY_CODE"], current: false });

describe("SignedInSessions", () => {
  it("lists each session, marks this browser, and offers Sign out on the others only", async () => {
    renderWithProviders(<SignedInSessions />, { mocks: [mySessions([laptop, phone])] });
    expect(screen.getByText("Loading your sessions")).toBeTruthy();
    const list = await screen.findByRole("list", { name: "Your sessions" });
    const [mine, other] = within(list).getAllByRole("listitem");
    expect(within(mine as HTMLElement).getByText("This browser")).toBeTruthy();
    expect(within(mine as HTMLElement).getByText(/Chrome 156 on Linux/)).toBeTruthy();
    expect(within(mine as HTMLElement).queryByRole("button")).toBeNull();
    expect(within(mine as HTMLElement).getByText(/Signed in .* with password and authenticator code/)).toBeTruthy();
    expect(within(other as HTMLElement).getByText(/198\.51\.100\.2/)).toBeTruthy();
    expect(within(other as HTMLElement).getByRole("button", { name: /^Sign out Safari 17 on iOS 17\.4/ })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Sign out all other sessions" })).toBeTruthy();
  });

  it("signs one session out only after confirmation, once however often the button is pressed", async () => {
    const signOut = vi.fn(() => ({ data: { signOutSession: { __typename: "SignOutSessionsPayload", signedOut: 1, sessions: [laptop, tablet] } } }));
    renderWithProviders(<SignedInSessions />, {
      mocks: [mySessions([laptop, phone, tablet]), { request: { query: SignOutSessionDocument, variables: { sessionId: "s-phone" } }, result: signOut }],
    });
    fireEvent.click(await screen.findByRole("button", { name: /^Sign out Safari 17/ }));
    let dialog = screen.getByRole("dialog", { name: "Sign out this session?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(signOut).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("button", { name: /^Sign out Safari 17/ }));
    dialog = screen.getByRole("dialog", { name: "Sign out this session?" });
    expect(dialog.textContent).toContain("Safari 17 on iOS 17.4");
    const confirm = within(dialog).getByRole("button", { name: "Sign out" });
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    expect(await screen.findByText("Safari 17 on iOS 17.4 was signed out.")).toBeTruthy();
    expect(signOut).toHaveBeenCalledTimes(1);
    const list = screen.getByRole("list", { name: "Your sessions" });
    expect(within(list).queryByText(/Safari 17/)).toBeNull();
    expect(within(list).getAllByRole("listitem")).toHaveLength(2);
  });

  it("signs out all other sessions after confirmation and says how many", async () => {
    const signOut = vi.fn(() => ({ data: { signOutOtherSessions: { __typename: "SignOutSessionsPayload", signedOut: 2, sessions: [laptop] } } }));
    renderWithProviders(<SignedInSessions />, { mocks: [mySessions([laptop, phone, tablet]), { request: { query: SignOutOtherSessionsDocument }, result: signOut }] });
    fireEvent.click(await screen.findByRole("button", { name: "Sign out all other sessions" }));
    const dialog = screen.getByRole("dialog", { name: "Sign out all other sessions?" });
    expect(dialog.textContent).toContain("2 sessions");
    fireEvent.click(within(dialog).getByRole("button", { name: "Sign out all other sessions" }));
    expect(await screen.findByText("2 other sessions were signed out.")).toBeTruthy();
    expect(signOut).toHaveBeenCalledTimes(1);
    expect(screen.getByText("You aren’t signed in anywhere else.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Sign out all other sessions" })).toBeNull();
  });

  it("says why a sign-out failed and keeps the list", async () => {
    renderWithProviders(<SignedInSessions />, {
      mocks: [
        mySessions([laptop, phone]),
        { request: { query: SignOutSessionDocument, variables: { sessionId: "s-phone" } }, result: graphQLError("That session is not one of yours, or it has ended already.", "NOT_FOUND") },
      ],
    });
    fireEvent.click(await screen.findByRole("button", { name: /^Sign out Safari 17/ }));
    fireEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Sign out" }));
    expect(await screen.findByRole("alert")).toBeTruthy();
    expect(screen.getByText(/not one of yours, or it has ended already/)).toBeTruthy();
    expect(within(screen.getByRole("list", { name: "Your sessions" })).getAllByRole("listitem")).toHaveLength(2);
  });

  it("shows an error with Try again when the list cannot be loaded", async () => {
    renderWithProviders(<SignedInSessions />, {
      mocks: [
        { request: { query: MySessionsDocument }, result: graphQLError("The database does not answer.", "SERVICE_UNAVAILABLE") },
        mySessions([laptop]),
      ],
    });
    expect(await screen.findByText("Your sessions could not be loaded")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("list", { name: "Your sessions" })).toBeTruthy();
  });
});
