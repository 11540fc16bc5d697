import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithProviders } from "../../test/providers";
import { AppPasswords, CreateAppPasswordDocument, MyAppPasswordsDocument, RevokeAppPasswordDocument } from "./AppPasswords";

afterEach(cleanup);

const row = (id: string, name: string, used: boolean) => ({
  __typename: "AppPassword",
  id,
  name,
  createdAt: "2026-03-01T09:00:00Z",
  lastUsedAt: used ? "2026-03-02T10:00:00Z" : null,
  lastUsedProtocol: used ? "imap" : null,
  lastUsedIp: used ? "198.51.100.7" : null,
});
const list = (rows: object[]) => ({ request: { query: MyAppPasswordsDocument }, result: { data: { myAppPasswords: rows } } });

describe("AppPasswords", () => {
  it("creates one with a name and shows it once with a copy button", async () => {
    renderWithProviders(<AppPasswords canCreate unavailableReason={null} />, {
      mocks: [
        list([]),
        { request: { query: CreateAppPasswordDocument, variables: { name: "Thunderbird" } }, result: { data: { createAppPassword: { __typename: "CreateAppPasswordPayload", password: "abcd efgh ijkl mnop", appPassword: { __typename: "AppPassword", id: "a1" } } } } },
        list([row("a1", "Thunderbird", false)]),
      ],
    });
    expect(await screen.findByText("No app passwords yet.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Create app password" }));
    expect(await screen.findByText("Name it after the mail client that will use it.")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Mail app name"), { target: { value: "Thunderbird" } });
    fireEvent.click(screen.getByRole("button", { name: "Create app password" }));
    expect((await screen.findByLabelText("App password")).textContent).toBe("abcd efgh ijkl mnop");
    expect(screen.getByRole("button", { name: "Copy the app password" })).toBeTruthy();
    const listed = await screen.findByRole("list", { name: "Your app passwords" });
    expect(within(listed).getByText("Never used")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Done" }));
    expect(screen.queryByLabelText("App password")).toBeNull();
  });

  it("lists the last use and revokes after confirmation", async () => {
    renderWithProviders(<AppPasswords canCreate unavailableReason={null} />, {
      mocks: [
        list([row("a1", "Phone mail", true)]),
        { request: { query: RevokeAppPasswordDocument, variables: { id: "a1" } }, result: { data: { revokeAppPassword: { __typename: "RevokeAppPasswordsPayload", revoked: 1 } } } },
        list([]),
      ],
    });
    expect(await screen.findByText(/Last used .*\(IMAP from 198\.51\.100\.7\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Revoke Phone mail" }));
    const dialog = screen.getByRole("dialog", { name: "Revoke Phone mail?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Revoke" }));
    expect(await screen.findByText("No app passwords yet.")).toBeTruthy();
  });

  it("says why none can be made instead of the form, and still lists and revokes the ones there are", async () => {
    renderWithProviders(<AppPasswords canCreate={false} unavailableReason="DOMAIN_FORBIDS" />, { mocks: [list([row("a1", "Phone mail", true)])] });
    expect(await screen.findByText(/does not allow app passwords for your domain/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Create app password" })).toBeNull();
    expect(screen.getByRole("button", { name: "Revoke Phone mail" })).toBeTruthy();
  });
});
