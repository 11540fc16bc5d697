import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { AlternateEmail, AlternateEmailDocument, SetAlternateEmailDocument } from "./AlternateEmail";

afterEach(cleanup);

const view = (alt: { address: string | null; pendingAddress: string | null }) => ({
  request: { query: AlternateEmailDocument },
  result: {
    data: {
      me: {
        __typename: "Viewer",
        id: "u1",
        alternateEmail: { __typename: "AlternateEmail", verifiedAt: alt.address ? "2026-03-01T09:00:00Z" : null, codeExpiresAt: alt.pendingAddress ? "2026-03-01T09:15:00Z" : null, ...alt },
      },
    },
  },
});

describe("AlternateEmail", () => {
  it("sends a code to the address entered, then asks for that code", async () => {
    renderWithProviders(<AlternateEmail />, {
      mocks: [
        view({ address: null, pendingAddress: null }),
        {
          request: { query: SetAlternateEmailDocument, variables: { address: "me@home.example" } },
          result: { data: { setAlternateEmail: { __typename: "AlternateEmailPayload", alternateEmail: { __typename: "AlternateEmail", address: null, pendingAddress: "me@home.example", codeExpiresAt: "2026-03-01T09:15:00Z" } } } },
        },
        view({ address: null, pendingAddress: "me@home.example" }),
      ],
    });
    expect(await screen.findByText(/No alternate email address yet/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Alternate email address/), { target: { value: "me@home.example" } });
    fireEvent.click(screen.getByRole("button", { name: "Send a code" }));
    expect(await screen.findByText("We emailed a 6-digit code to me@home.example.")).toBeTruthy();
    expect(await screen.findByLabelText(/Code emailed to me@home.example/)).toBeTruthy();
  });

  it("shows the confirmed address with change and remove, and a refusal's message", async () => {
    renderWithProviders(<AlternateEmail />, {
      mocks: [
        view({ address: "me@home.example", pendingAddress: null }),
        { request: { query: SetAlternateEmailDocument, variables: { address: "bob@acme.example" } }, result: graphQLError("Choose an address other than this mailbox.", "BAD_USER_INPUT") },
      ],
    });
    expect(await screen.findByText("me@home.example")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Remove" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Change address" }));
    fireEvent.change(screen.getByLabelText(/Alternate email address/), { target: { value: "bob@acme.example" } });
    fireEvent.click(screen.getByRole("button", { name: "Send a code" }));
    expect(await screen.findByText(/Choose an address other than this mailbox/)).toBeTruthy();
  });
});
