import type { MockLink } from "@apollo/client/testing";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { HealthDocument } from "../health/HealthStatus";
import { LoginDocument } from "./PasswordStep";
import { SignInPage } from "./SignInPage";

afterEach(cleanup);

const healthy: MockLink.MockedResponse = {
  request: { query: HealthDocument },
  result: { data: { health: { __typename: "Health", status: "ok", database: "undisclosed" } } },
};

function login(username: string, password: string, result: MockLink.MockedResponse["result"]): MockLink.MockedResponse {
  return { request: { query: LoginDocument, variables: { input: { username, password, cookie: true } } }, result };
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(<SignInPage />, { mocks, session: { status: "signed-out" }, path: "/sign-in" });
}

function submit(username: string, password: string) {
  fireEvent.change(screen.getByLabelText("Username"), { target: { value: username } });
  fireEvent.change(screen.getByLabelText("Password"), { target: { value: password } });
  fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
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
    // The service names its engine to account admins only: a visitor sees just the status.
    const line = await screen.findByText("Service ready");
    expect(line.textContent).not.toMatch(/database|undisclosed/);
  });

  it("says so when the service cannot be reached", async () => {
    renderPage([{ request: { query: HealthDocument }, error: new Error("Failed to fetch") }]);
    expect(await screen.findByText(/Service unavailable/)).toBeTruthy();
    expect(document.body.textContent).not.toContain("Failed to fetch");
  });

  it("asks for missing fields without calling the service", () => {
    renderPage([healthy]);
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));

    const username = screen.getByLabelText("Username");
    expect(username.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Enter your username.")).toBeTruthy();
    expect(document.activeElement).toBe(username);
  });

  it("explains wrong credentials in plain words", async () => {
    renderPage([healthy, login("admin", "wrong", graphQLError("Nope", "INVALID_CREDENTIALS"))]);
    submit("admin", "wrong");

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The username or password is not correct.");
    expect((screen.getByLabelText("Password") as HTMLInputElement).value).toBe("");
  });

  it("says how long to wait when sign-in is throttled", async () => {
    renderPage([
      healthy,
      login("admin", "again", graphQLError("Too many failed sign-in attempts.", "RATE_LIMITED", { retryAfterSeconds: 42 })),
    ]);
    submit("admin", "again");
    expect((await screen.findByRole("alert")).textContent).toContain("You can try again in 42 seconds.");
  });

  it("goes on to the passcode step when a second factor is needed", async () => {
    renderPage([
      healthy,
      login("ann", "secret", {
        data: {
          login: {
            __typename: "MfaChallenge",
            challengeId: "c1",
            smsSentTo: null,
            factors: [
              { __typename: "ChallengeFactor", id: "d1", kind: "TOTP", name: "Phone app", maskedPhone: null, isDefault: true, isBackup: false },
            ],
          },
        },
      }),
    ]);
    submit("ann", "secret");

    const heading = await screen.findByRole("heading", { level: 1, name: "Enter your code" });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(/Open your authenticator app \(Phone app\)/)).toBeTruthy();
    expect(screen.getByLabelText("Code")).toBeTruthy();
  });

  it("signs in with the password alone when no second factor is needed", async () => {
    const { session } = renderPage([
      healthy,
      login("bob", "pw", {
        data: { login: { __typename: "LoginSuccess", user: { __typename: "User", id: "u1", username: "bob", displayName: "Bob", kind: "MAILBOX" } } },
      }),
    ]);
    submit("bob", "pw");
    await expect.poll(() => session.refresh).toHaveBeenCalled();
  });

  it("hands a forced setup to the setup wizard", async () => {
    const { session } = renderPage([
      healthy,
      login("carol", "pw", {
        data: { login: { __typename: "MfaSetupRequired", enforceFrom: null, acceptedKinds: ["WEBAUTHN"], user: { __typename: "User", id: "u2", username: "carol", displayName: "Carol" } } },
      }),
    ]);
    submit("carol", "pw");
    await expect.poll(() => session.setSetupUser).toHaveBeenCalledWith(expect.objectContaining({ username: "carol" }), null, ["WEBAUTHN"]);
    expect(session.refresh).toHaveBeenCalled();
  });
});
