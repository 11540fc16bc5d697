import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { createCache } from "../../app/apollo-client";
import { HealthDocument } from "../health/health.operations";
import { SignInPage } from "./SignInPage";
import { LoginDocument } from "./sign-in.operations";

afterEach(cleanup);

const healthy: MockLink.MockedResponse = {
  request: { query: HealthDocument },
  result: { data: { health: { __typename: "Health", status: "ok", database: "sqlite" } } },
};

function renderPage(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <SignInPage />
    </MockedProvider>,
  );
}

describe("SignInPage", () => {
  it("shows the product, a labelled form and the service's health", async () => {
    renderPage([healthy]);

    expect(screen.getByText("MFA Console")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "Sign in" })).toBeTruthy();
    expect(screen.getByLabelText("Username").getAttribute("autocomplete")).toBe("username");
    expect(screen.getByLabelText("Password").getAttribute("type")).toBe("password");
    expect(screen.getByRole("button", { name: "Sign in" })).toBeTruthy();

    expect(screen.getByText(/Checking the service/)).toBeTruthy();
    expect(await screen.findByText("Service ready · database: sqlite")).toBeTruthy();
  });

  it("says so when the service cannot be reached", async () => {
    renderPage([{ request: { query: HealthDocument }, error: new Error("Failed to fetch") }]);
    expect(await screen.findByText(/Service unavailable/)).toBeTruthy();
  });

  it("asks for missing fields without calling the service", async () => {
    renderPage([healthy]);
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));

    const username = screen.getByLabelText("Username");
    expect(username.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Enter your username.")).toBeTruthy();
    expect(document.activeElement).toBe(username);
  });

  it("shows a GraphQL error's message with its code", async () => {
    renderPage([
      healthy,
      {
        request: { query: LoginDocument, variables: { input: { username: "admin", password: "wrong", cookie: true } } },
        result: {
          errors: [{ message: "Wrong username or password.", extensions: { code: "BAD_USER_INPUT" } }],
        },
      },
    ]);
    fireEvent.change(screen.getByLabelText("Username"), { target: { value: "admin" } });
    fireEvent.change(screen.getByLabelText("Password"), { target: { value: "wrong" } });
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Wrong username or password.");
    expect(alert.textContent).toContain("BAD_USER_INPUT");
  });

  it("reports a second-factor challenge", async () => {
    renderPage([
      healthy,
      {
        request: { query: LoginDocument, variables: { input: { username: "ann", password: "secret", cookie: true } } },
        result: {
          data: {
            login: {
              __typename: "MfaChallenge",
              challengeId: "c1",
              smsSentTo: null,
              factors: [{ __typename: "ChallengeFactor", id: "d1", kind: "TOTP", name: "Phone app", maskedPhone: null, isDefault: true }],
            },
          },
        },
      },
    ]);
    fireEvent.change(screen.getByLabelText("Username"), { target: { value: "ann" } });
    fireEvent.change(screen.getByLabelText("Password"), { target: { value: "secret" } });
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));

    expect(await screen.findByText(/A second factor is needed \(1 available\)/)).toBeTruthy();
  });
});
