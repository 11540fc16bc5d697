import type { MockLink } from "@apollo/client/testing";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { VerifyDeviceDocument } from "../verify-device/VerifyDeviceForm";
import { AddPhoneDocument, PhoneSetup } from "./PhoneSetup";

afterEach(cleanup);

const phone = { __typename: "Device", id: "p1", kind: "SMS", name: "My phone", maskedPhone: "+44 **** **0123", verified: false };

function addPhone(country: string, number: string, result: MockLink.MockedResponse["result"]): MockLink.MockedResponse {
  return { request: { query: AddPhoneDocument, variables: { input: { country, number, name: "My phone" } } }, result };
}

describe("PhoneSetup", () => {
  it("adds a phone entered with a typed calling code, then verifies the texted code", async () => {
    const onDone = vi.fn();
    const onPending = vi.fn();
    renderWithProviders(<PhoneSetup offerDefault={false} onDone={onDone} onPending={onPending} />, {
      mocks: [
        addPhone("+44", "12", graphQLError("That phone number is too short.", "BAD_USER_INPUT", { field: "number" })),
        addPhone("+44", "7700 900123", { data: { addPhone: { __typename: "DevicePayload", device: phone } } }),
        {
          request: { query: VerifyDeviceDocument, variables: { input: { deviceId: "p1", code: "654321", makeDefault: false } } },
          result: { data: { verifyDevice: { __typename: "VerifyDevicePayload", device: { ...phone, verified: true, isDefault: true, lastUsedAt: null } } } },
        },
      ],
    });

    fireEvent.change(screen.getByLabelText("Country"), { target: { value: "OTHER" } });
    fireEvent.change(screen.getByLabelText("Calling code"), { target: { value: "44" } });
    fireEvent.change(screen.getByLabelText("Phone number"), { target: { value: "12" } });
    fireEvent.click(screen.getByRole("button", { name: "Send code" }));
    expect(await screen.findByText("That phone number is too short.")).toBeTruthy();
    expect(screen.getByLabelText("Phone number").getAttribute("aria-invalid")).toBe("true");

    fireEvent.change(screen.getByLabelText("Phone number"), { target: { value: "7700 900123" } });
    fireEvent.click(screen.getByRole("button", { name: "Send code" }));

    expect(await screen.findByRole("heading", { name: "Enter the code we texted you" })).toBeTruthy();
    // The wizard learns of the pending phone, to remove it if the user gives up.
    expect(onPending).toHaveBeenCalledWith("p1");
    expect(screen.getByText(/We sent a text message with a code to \+44 \*\*\*\* \*\*0123/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Send code again" }) as HTMLButtonElement).disabled).toBe(true);
    // The code is read on the phone (or, in development, by an admin on the Outbox page), never here.
    expect(screen.getByText(/an account admin finds the text on the Outbox page/)).toBeTruthy();
    expect(screen.queryByText(/654321/)).toBeNull();

    fireEvent.change(screen.getByLabelText("Code"), { target: { value: "654321" } });
    fireEvent.click(screen.getByRole("button", { name: "Verify" }));
    await expect.poll(() => onDone.mock.calls.length).toBe(1);
    expect(onDone).toHaveBeenCalledWith("My phone");
  });

  it("says that standard text-message rates may apply", () => {
    renderWithProviders(<PhoneSetup offerDefault={false} onDone={() => {}} onPending={() => {}} />);
    expect(screen.getByText(/Standard text-message rates may apply/)).toBeTruthy();
  });

  it("asks for a calling code it can use", () => {
    renderWithProviders(<PhoneSetup offerDefault={false} onDone={() => {}} onPending={() => {}} />);
    fireEvent.change(screen.getByLabelText("Country"), { target: { value: "OTHER" } });
    fireEvent.change(screen.getByLabelText("Calling code"), { target: { value: "UK" } });
    fireEvent.change(screen.getByLabelText("Phone number"), { target: { value: "7700 900123" } });
    fireEvent.click(screen.getByRole("button", { name: "Send code" }));
    expect(screen.getByText("Enter a calling code such as +44.")).toBeTruthy();
  });
});
