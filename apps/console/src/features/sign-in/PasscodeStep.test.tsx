import type { MockLink } from "@apollo/client/testing";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { createRef } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { assertion, notAllowed, REQUEST_OPTIONS, restoreCredentials, stubCredentials } from "../../test/credentials-stub";
import { CompleteLoginDocument, PasscodeStep, type Challenge } from "./PasscodeStep";
import { CompletePasskeyLoginDocument, StartPasskeyLoginDocument } from "./PasskeySignIn";

afterEach(cleanup);

const app = { id: "d1", kind: "TOTP" as const, name: "Phone app", maskedPhone: null, isDefault: true, isBackup: false };
const phone = { id: "d2", kind: "SMS" as const, name: "Mobile", maskedPhone: "+1 *** *** 1000", isDefault: false, isBackup: true };

function complete(passcode: string, result: MockLink.MockedResponse["result"]): MockLink.MockedResponse {
  return { request: { query: CompleteLoginDocument, variables: { input: { challengeId: "c1", passcode, cookie: true } } }, result };
}

const signedIn = {
  data: { completeLogin: { __typename: "LoginSuccess", user: { __typename: "User", id: "u1", username: "ann", displayName: "Ann", kind: "MAILBOX" } } },
};

function renderStep(challenge: Challenge, mocks: MockLink.MockedResponse[]) {
  const onSignedIn = vi.fn();
  const onRestart = vi.fn();
  renderWithProviders(
    <PasscodeStep challenge={challenge} headingRef={createRef()} onSignedIn={onSignedIn} onRestart={onRestart} />,
    { mocks, session: { status: "signed-out" }, path: "/sign-in" },
  );
  return { onSignedIn, onRestart };
}

function enter(code: string) {
  fireEvent.change(screen.getByLabelText("Code"), { target: { value: code } });
  fireEvent.click(screen.getByRole("button", { name: "Verify" }));
}

describe("PasscodeStep", () => {
  it("offers \"don't ask again on this browser\" for the days the service gives, and sends the choice", async () => {
    const remembered: MockLink.MockedResponse = {
      request: { query: CompleteLoginDocument, variables: { input: { challengeId: "c1", passcode: "123456", cookie: true, rememberBrowser: true } } },
      result: signedIn,
    };
    const { onSignedIn } = renderStep({ challengeId: "c1", factors: [app], rememberBrowserDays: 14 }, [remembered]);
    const box = screen.getByRole("checkbox", { name: "Don't ask again on this browser for 14 days" }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    enter("123456");
    await expect.poll(() => onSignedIn.mock.calls.length).toBe(1);
  });

  it("shows no remember box when the service offers none (the domain turned it off, or passkeys only)", () => {
    renderStep({ challengeId: "c1", factors: [app], rememberBrowserDays: 0 }, []);
    expect(screen.queryByRole("checkbox")).toBeNull();
  });

  it("signs in with a code from the authenticator", async () => {
    const { onSignedIn } = renderStep({ challengeId: "c1", factors: [app] }, [complete("123456", signedIn)]);
    enter("123456");
    await expect.poll(() => onSignedIn.mock.calls.length).toBe(1);
    expect(onSignedIn).toHaveBeenCalledWith(expect.objectContaining({ username: "ann" }));
  });

  it("tells a user who lost their device to contact their administrator", () => {
    renderStep({ challengeId: "c1", factors: [app] }, []);
    expect(screen.getByText(/Lost your device\? Contact your administrator/)).toBeTruthy();
  });

  it("says a wrong code is wrong, clears it and lets the user try again", async () => {
    renderStep({ challengeId: "c1", factors: [app] }, [complete("000000", graphQLError("The code is not valid. Check it and try again.", "INVALID_PASSCODE"))]);
    enter("000000");

    expect(await screen.findByText("The code is not valid. Check it and try again.")).toBeTruthy();
    const input = screen.getByLabelText("Code") as HTMLInputElement;
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.value).toBe("");
    expect(document.activeElement).toBe(input);
  });

  it("says how many attempts are left from the third wrong code, not before", async () => {
    const wrong = (attemptsLeft: number) => graphQLError("The code is not valid. Check it and try again.", "INVALID_PASSCODE", { attemptsLeft });
    renderStep({ challengeId: "c1", factors: [app] }, [complete("000001", wrong(5)), complete("000002", wrong(4))]);
    enter("000001");
    expect(await screen.findByText("The code is not valid. Check it and try again.")).toBeTruthy();
    expect(screen.queryByText(/attempts? left/)).toBeNull();
    enter("000002");
    expect(await screen.findByText("The code is not valid. Check it and try again. 4 attempts left before your account is locked.")).toBeTruthy();
  });

  it("tells a locked user to ask their administrator, and offers to start again", async () => {
    const { onRestart } = renderStep({ challengeId: "c1", factors: [app] }, [complete("111111", graphQLError("Locked", "ACCOUNT_LOCKED"))]);
    enter("111111");

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Your account is locked");
    expect(alert.textContent).toContain("Ask your administrator to unlock it.");
    expect(screen.queryByLabelText("Code")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Start again" }));
    expect(onRestart).toHaveBeenCalled();
  });

  it("asks to start again when the sign-in expired", async () => {
    renderStep({ challengeId: "c1", factors: [app] }, [complete("222222", graphQLError("Expired", "LOGIN_EXPIRED"))]);
    enter("222222");
    expect((await screen.findByRole("alert")).textContent).toContain("This sign-in has expired.");
  });

  it("switches to a recovery code, which is sent as typed", async () => {
    const { onSignedIn } = renderStep({ challengeId: "c1", factors: [app] }, [complete("ABCD-EFGH-JKLM-NPQR", signedIn)]);
    fireEvent.click(screen.getByRole("button", { name: "Use a recovery code" }));

    expect(screen.getByText(/Enter one of your recovery codes/)).toBeTruthy();
    const input = screen.getByLabelText("Code") as HTMLInputElement;
    expect(input.getAttribute("inputmode")).toBeNull();
    enter("ABCD-EFGH-JKLM-NPQR");
    await expect.poll(() => onSignedIn.mock.calls.length).toBe(1);

    expect(screen.getByRole("button", { name: "Use your authenticator or phone" })).toBeTruthy();
  });

  it("offers the user's factors and a throttled resend for the phone that got the code", () => {
    renderStep({ challengeId: "c1", smsSentTo: "+1 *** *** 1000", factors: [{ ...phone, isDefault: true }, app] }, []);

    expect(screen.getByText("We texted a code to +1 *** *** 1000. Enter it below.")).toBeTruthy();
    const resend = screen.getByRole("button", { name: "Send code again" }) as HTMLButtonElement;
    expect(resend.disabled).toBe(true);
    expect(screen.getByText(/You can ask for a new code in 30 seconds/)).toBeTruthy();

    const choice = screen.getByRole("group", { name: "Verify with" });
    expect(choice.textContent).toContain("Text message to +1 *** *** 1000 (Mobile)");
    fireEvent.click(screen.getByRole("radio", { name: /Authenticator app \(Phone app\)/ }));
    expect(screen.queryByRole("button", { name: "Send code again" })).toBeNull();
    expect(screen.getByText(/Open your authenticator app/)).toBeTruthy();
  });

  it("says where the text went and where a development setup keeps it, and shows no text", async () => {
    // No query for texts is mocked: the step must not ask for any (an unmocked one would fail it).
    renderStep({ challengeId: "c1", smsSentTo: "+1 *** *** 1000", factors: [{ ...phone, isDefault: true }] }, []);
    expect(screen.getByText("We texted a code to +1 *** *** 1000. Enter it below.")).toBeTruthy();
    expect(
      screen.getByText("In a development setup without an SMS provider, an account admin finds the text on the Outbox page."),
    ).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(/Demo SMS outbox/)).toBeNull();
    expect(document.body.textContent).not.toMatch(/\d{6}/);
  });
});

describe("PasscodeStep with a passkey", () => {
  const passkey = { id: "d3", kind: "WEBAUTHN" as const, name: "Work laptop", maskedPhone: null, isDefault: true, isBackup: false };
  const offer: MockLink.MockedResponse = {
    request: { query: StartPasskeyLoginDocument, variables: { challengeId: "c1" } },
    result: { data: { startWebAuthnLogin: { __typename: "WebAuthnLoginPayload", optionsJson: REQUEST_OPTIONS } } },
  };
  const answered = (result: MockLink.MockedResponse["result"]): MockLink.MockedResponse => ({
    request: {
      query: CompletePasskeyLoginDocument,
      variables: (vars: { input: { challengeId: string; webauthnResponse: string; cookie: boolean } }) =>
        vars.input.challengeId === "c1" && vars.input.cookie && (JSON.parse(vars.input.webauthnResponse) as { id: string }).id === "Y3JlZC0x",
    },
    result,
  });
  afterEach(restoreCredentials);

  it("offers the passkey first when it is the default, and signs in with the browser's answer", async () => {
    const { get } = stubCredentials({ get: async () => assertion() });
    const { onSignedIn } = renderStep({ challengeId: "c1", factors: [passkey, app] }, [offer, answered(signedIn)]);
    expect(screen.getByRole("heading", { name: "Use your passkey" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Use your passkey" }));
    await expect.poll(() => onSignedIn.mock.calls.length).toBe(1);
    const options = get.mock.calls[0] as unknown as [{ publicKey: { rpId: string } }];
    expect(options[0].publicKey.rpId).toBe("localhost");
  });

  it("says so when the user cancels the browser's prompt, and the other ways stay open", async () => {
    stubCredentials({ get: () => Promise.reject(notAllowed()) });
    const { onSignedIn } = renderStep({ challengeId: "c1", factors: [passkey, app] }, [offer]);
    fireEvent.click(screen.getByRole("button", { name: "Use your passkey" }));
    expect(await screen.findByText(/The request was cancelled, timed out or refused by your browser/)).toBeTruthy();
    expect(onSignedIn).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Use your authenticator or phone" }));
    expect(screen.getByLabelText("Code")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Use your passkey" })).toBeTruthy();
  });

  it("an answer the service refuses is said plainly; a lock ends the sign-in", async () => {
    stubCredentials({ get: async () => assertion() });
    renderStep({ challengeId: "c1", factors: [passkey] }, [
      offer,
      answered(graphQLError("That code is not valid.", "INVALID_PASSCODE")),
      offer,
      answered(graphQLError("Locked.", "ACCOUNT_LOCKED")),
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Use your passkey" }));
    expect(await screen.findByText(/Your passkey’s answer was not accepted/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Use your passkey" }));
    expect(await screen.findByText("You cannot sign in right now")).toBeTruthy();
  });

  it("remembers the browser with the passkey's answer when the user ticks the box", async () => {
    stubCredentials({ get: async () => assertion() });
    const remembered: MockLink.MockedResponse = {
      request: {
        query: CompletePasskeyLoginDocument,
        variables: (vars: { input: { challengeId: string; rememberBrowser?: boolean } }) => vars.input.challengeId === "c1" && vars.input.rememberBrowser === true,
      },
      result: signedIn,
    };
    const { onSignedIn } = renderStep({ challengeId: "c1", factors: [passkey], rememberBrowserDays: 30 }, [offer, remembered]);
    fireEvent.click(screen.getByLabelText("Don't ask again on this browser for 30 days"));
    fireEvent.click(screen.getByRole("button", { name: "Use your passkey" }));
    await expect.poll(() => onSignedIn.mock.calls.length).toBe(1);
  });

  it("a passkey-only user can still use a recovery code", () => {
    renderStep({ challengeId: "c1", factors: [passkey] }, []);
    expect(screen.queryByRole("button", { name: "Use your authenticator or phone" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Use a recovery code" }));
    expect(screen.getByText("Enter one of your recovery codes. Each code works once.")).toBeTruthy();
  });
});
