import { CombinedGraphQLErrors } from "@apollo/client";
import type { MockLink } from "@apollo/client/testing";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { assertion, notAllowed, REQUEST_OPTIONS, restoreCredentials, stubCredentials } from "../../test/credentials-stub";
import { authenticator, laptopPasskey, mobile, reauthFactors, stepUp, textedStepUp } from "../../test/reauth-fixtures";
import { StartPasskeyStepUpDocument } from "./PasskeyStepUp";
import { ReauthenticateDocument } from "./use-reauthenticate";
import { ReauthFactorsDocument } from "./ReauthDialog";
import { useReauth } from "./ReauthProvider";

afterEach(cleanup);

const refused = (reason?: string) =>
  new CombinedGraphQLErrors({ errors: [{ message: "Confirm it is you.", extensions: { code: "RECENT_AUTH_REQUIRED", ...(reason ? { reason } : {}) } }] });

/** A sensitive change: refused until a step-up, then done (or refused every time with `always`). */
function change({ always = false, reason }: { always?: boolean; reason?: string } = {}) {
  let calls = 0;
  return vi.fn(async () => {
    calls += 1;
    if (always || calls === 1) throw refused(reason);
    return "done";
  });
}

function Harness({ action }: { action: () => Promise<string> }) {
  const guard = useReauth();
  const [outcome, setOutcome] = useState("");
  async function run() {
    try {
      setOutcome((await guard(action)) ?? "cancelled");
    } catch (error) {
      setOutcome(`failed: ${error instanceof Error ? error.message : "?"}`);
    }
  }
  return (
    <>
      <button onClick={() => void run()}>Change</button>
      <output>{outcome}</output>
    </>
  );
}

function renderHarness(action: () => Promise<string>, mocks: MockLink.MockedResponse[]) {
  renderWithProviders(<Harness action={action} />, { mocks });
  fireEvent.click(screen.getByRole("button", { name: "Change" }));
}

const outcome = () => screen.getByRole("status", { hidden: true }).textContent;

async function prompt(): Promise<HTMLElement> {
  return screen.findByRole("dialog", { name: "Confirm it’s you" });
}

describe("the step-up prompt", () => {
  it("asks a user with an authenticator for its code, never the password, then runs the change again", async () => {
    const action = change();
    renderHarness(action, [reauthFactors([authenticator, mobile]), stepUp({ passcode: "123456" })]);

    const dialog = await prompt();
    const code = await within(dialog).findByLabelText("Code");
    expect(dialog.textContent).toContain("Enter the code your authenticator app (Work phone) shows.");
    expect(within(dialog).queryByLabelText("Password")).toBeNull();
    expect(within(dialog).getByRole("button", { name: "Text me a code" })).toBeTruthy();
    expect(within(dialog).getByRole("button", { name: "Use a recovery code" })).toBeTruthy();

    fireEvent.change(code, { target: { value: "123456" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Confirm" }));
    await expect.poll(outcome).toBe("done");
    expect(action).toHaveBeenCalledTimes(2);
    await expect.poll(() => screen.queryByRole("dialog")).toBeNull();
  });

  it("texts a code to the phone on request and sends it with the step-up it opened", async () => {
    const action = change();
    renderHarness(action, [
      reauthFactors([authenticator, mobile]),
      textedStepUp("d-sms", "c-step", "+1 *** *** 0123"),
      stepUp({ passcode: "654321", challengeId: "c-step", deviceId: "d-sms" }),
    ]);

    const dialog = await prompt();
    fireEvent.click(await within(dialog).findByRole("button", { name: "Text me a code" }));
    await expect.poll(() => dialog.textContent).toContain("We texted a code to +1 *** *** 0123. Enter it below.");
    expect(dialog.textContent).toContain("an account admin finds the text on the Outbox page");
    expect((within(dialog).getByRole("button", { name: "Send code again" }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(within(dialog).getByLabelText("Code"), { target: { value: "654321" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Confirm" }));
    await expect.poll(outcome).toBe("done");
  });

  it("starts with the phone for a user who only has one, and takes a recovery code as typed", async () => {
    renderHarness(change(), [reauthFactors([mobile]), stepUp({ passcode: "ABCD-EFGH-JKLM-NPQR" })]);
    const dialog = await prompt();
    await expect.poll(() => dialog.textContent).toContain("We will text a code to +1 *** *** 0123.");
    expect(within(dialog).queryByLabelText("Code")).toBeNull();
    expect(within(dialog).queryByRole("button", { name: "Use your authenticator app" })).toBeNull();

    fireEvent.click(within(dialog).getByRole("button", { name: "Use a recovery code" }));
    fireEvent.change(within(dialog).getByLabelText("Recovery code"), { target: { value: "ABCD-EFGH-JKLM-NPQR" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Confirm" }));
    await expect.poll(outcome).toBe("done");
  });

  it("asks for the password only when the user has no verified device", async () => {
    renderHarness(change(), [reauthFactors([{ ...mobile, verified: false }]), stepUp({ password: "pw" })]);
    const dialog = await prompt();
    fireEvent.change(await within(dialog).findByLabelText("Password"), { target: { value: "pw" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Confirm" }));
    await expect.poll(outcome).toBe("done");
  });

  it("asks a setup-only session (which cannot read its devices) for the password", async () => {
    renderHarness(change(), [
      { request: { query: ReauthFactorsDocument }, result: graphQLError("Set up multi-factor authentication to continue.", "MFA_SETUP_REQUIRED") },
      stepUp({ password: "pw" }),
    ]);
    const dialog = await prompt();
    fireEvent.change(await within(dialog).findByLabelText("Password"), { target: { value: "pw" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Confirm" }));
    await expect.poll(outcome).toBe("done");
  });

  it("keeps the prompt open on a wrong code, and ends it on a lock", async () => {
    const action = change();
    renderHarness(action, [
      reauthFactors([authenticator]),
      stepUp({ passcode: "000000" }, graphQLError("The code is not valid. Check it and try again.", "INVALID_PASSCODE", { attemptsLeft: 1 })),
      stepUp({ passcode: "111111" }, graphQLError("Locked", "ACCOUNT_LOCKED")),
    ]);
    const dialog = await prompt();
    const code = (await within(dialog).findByLabelText("Code")) as HTMLInputElement;
    fireEvent.change(code, { target: { value: "000000" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Confirm" }));
    expect(await within(dialog).findByText("The code is not valid. Check it and try again. 1 attempt left before your account is locked.")).toBeTruthy();
    expect(code.value).toBe("");

    fireEvent.change(code, { target: { value: "111111" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Confirm" }));
    expect((await within(dialog).findByRole("alert")).textContent).toContain("Ask your administrator to unlock it.");
    expect(within(dialog).queryByLabelText("Code")).toBeNull();
    fireEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    await expect.poll(outcome).toBe("cancelled");
    expect(action).toHaveBeenCalledTimes(1);
  });

  it("says a change asks every time, and does not ask again when the change still refuses", async () => {
    const action = change({ always: true, reason: "EVERY_TIME" });
    renderHarness(action, [reauthFactors([authenticator]), stepUp({ passcode: "123456" })]);
    const dialog = await prompt();
    expect(dialog.textContent).toContain("This change asks you to confirm it’s you every time.");
    fireEvent.change(await within(dialog).findByLabelText("Code"), { target: { value: "123456" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Confirm" }));

    await expect.poll(outcome).toBe("failed: Confirm it is you.");
    expect(action).toHaveBeenCalledTimes(2);
    await expect.poll(() => screen.queryByRole("dialog")).toBeNull();
  });

  it("resolves to nothing when the user cancels", async () => {
    const action = change();
    renderHarness(action, [reauthFactors([authenticator])]);
    const dialog = await prompt();
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await expect.poll(outcome).toBe("cancelled");
    expect(action).toHaveBeenCalledTimes(1);
  });
});

describe("the step-up prompt with a passkey", () => {
  afterEach(restoreCredentials);
  const opened: MockLink.MockedResponse = {
    request: { query: StartPasskeyStepUpDocument },
    result: { data: { startWebAuthnReauthentication: { __typename: "WebAuthnReauthenticationPayload", challengeId: "c-pk", optionsJson: REQUEST_OPTIONS } } },
  };
  const answered: MockLink.MockedResponse = {
    request: {
      query: ReauthenticateDocument,
      variables: (vars: { input: { challengeId?: string; webauthnResponse?: string; passcode?: string } }) =>
        vars.input.challengeId === "c-pk" && vars.input.passcode === undefined && (JSON.parse(vars.input.webauthnResponse ?? "{}") as { id?: string }).id === "Y3JlZC0x",
    },
    result: { data: { reauthenticate: { __typename: "ReauthenticatePayload", validUntil: "2026-03-03T10:10:00Z" } } },
  };

  it("offers the passkey first and confirms with the browser's answer to the step-up it opened", async () => {
    stubCredentials({ get: async () => assertion() });
    const action = change();
    renderHarness(action, [reauthFactors([authenticator, laptopPasskey]), opened, answered]);
    const dialog = await prompt();
    await expect.poll(() => dialog.textContent).toContain("Confirm with your passkey or security key (Work laptop)");
    expect(within(dialog).getByRole("button", { name: "Use your authenticator app" })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Use your passkey" }));
    await expect.poll(outcome).toBe("done");
    expect(action).toHaveBeenCalledTimes(2);
  });

  it("a cancelled browser prompt is explained and the change waits; a code still works", async () => {
    stubCredentials({ get: () => Promise.reject(notAllowed()) });
    const action = change();
    renderHarness(action, [reauthFactors([authenticator, laptopPasskey]), opened, stepUp({ passcode: "123456" })]);
    const dialog = await prompt();
    fireEvent.click(await within(dialog).findByRole("button", { name: "Use your passkey" }));
    await expect.poll(() => dialog.textContent).toContain("The request was cancelled, timed out or refused by your browser");
    expect(action).toHaveBeenCalledTimes(1);
    fireEvent.click(within(dialog).getByRole("button", { name: "Use your authenticator app" }));
    fireEvent.change(within(dialog).getByLabelText("Code"), { target: { value: "123456" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Confirm" }));
    await expect.poll(outcome).toBe("done");
  });
});
