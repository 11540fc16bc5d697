import type { MockLink } from "@apollo/client/testing";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { createRef } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { CompleteLoginDocument, PasscodeStep, type Challenge } from "./PasscodeStep";

afterEach(cleanup);

const app = { id: "d1", kind: "TOTP" as const, name: "Phone app", maskedPhone: null, isDefault: true, isBackup: false };
const phone = { id: "d2", kind: "SMS" as const, name: "Mobile", maskedPhone: "+1 *** *** 1000", isDefault: false, isBackup: true };

function complete(passcode: string, result: MockLink.MockedResponse["result"]): MockLink.MockedResponse {
  return { request: { query: CompleteLoginDocument, variables: { input: { challengeId: "c1", passcode, cookie: true } } }, result };
}

const signedIn = {
  data: { completeLogin: { __typename: "LoginSuccess", user: { __typename: "User", id: "u1", username: "ann", displayName: "Ann" } } },
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
      screen.getByText("In a development setup without an SMS provider, an account admin finds the text on the SMS outbox page."),
    ).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(/Demo SMS outbox/)).toBeNull();
    expect(document.body.textContent).not.toMatch(/\d{6}/);
  });
});
