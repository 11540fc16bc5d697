import type { MockLink } from "@apollo/client/testing";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../test/providers";
import { GenerateRecoveryCodesDocument, RecoveryCodesPanel } from "./RecoveryCodesPanel";

const CODES = ["ABCD-EFGH-JKLM-NPQR", "STUV-WXYZ-2345-6789", "QRST-2345-ABCD-EFGH"];
const TEXT = `Recovery codes for alice@example.com\n\n${CODES.join("\n")}\n`;

const generated: MockLink.MockedResponse = {
  request: { query: GenerateRecoveryCodesDocument, variables: { quantity: 3 } },
  result: { data: { generateRecoveryCodes: { __typename: "RecoveryCodesPayload", codes: CODES, text: TEXT } } },
};

let blobs: Blob[];
let clicked: HTMLAnchorElement[];

beforeEach(() => {
  blobs = [];
  clicked = [];
  // jsdom has no object URLs and does not download: record what would be saved.
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      blobs.push(blob);
      return "blob:recovery";
    },
    revokeObjectURL: () => {},
  });
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  Reflect.deleteProperty(URL, "createObjectURL");
  Reflect.deleteProperty(URL, "revokeObjectURL");
});

function readText(blob: Blob | undefined): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (!blob) return reject(new Error("no file"));
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

function generate(quantity: string) {
  fireEvent.change(screen.getByLabelText("Number of codes"), { target: { value: quantity } });
  fireEvent.click(screen.getByRole("button", { name: "Generate recovery codes" }));
}

describe("RecoveryCodesPanel", () => {
  it("shows a new batch once and downloads it as a text file", async () => {
    renderWithProviders(<RecoveryCodesPanel left={0} />, { mocks: [generated] });
    expect(screen.getByText(/You have no recovery codes/)).toBeTruthy();
    generate("3");

    const list = await screen.findByRole("list", { name: "Recovery codes" });
    expect(within(list).getAllByRole("listitem").map((item) => item.textContent)).toEqual(CODES);
    expect(screen.getByText(/shown only this once/)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Download" }));
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe("recovery-codes.txt");
    expect(clicked[0]?.getAttribute("href")).toBe("blob:recovery");
    expect(blobs).toHaveLength(1);
    expect(await readText(blobs[0])).toBe(TEXT);
    expect(blobs[0]?.type).toMatch(/^text\/plain/);

    expect(screen.getByRole("button", { name: "Copy" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "I have saved them" }));
    expect(screen.queryByRole("list", { name: "Recovery codes" })).toBeNull();
  });

  it("asks before replacing codes that still work", async () => {
    renderWithProviders(<RecoveryCodesPanel left={4} />, { mocks: [generated] });
    generate("3");

    const dialog = screen.getByRole("dialog", { name: "Replace your recovery codes?" });
    expect(dialog.textContent).toContain("Your 4 unused recovery codes will stop working");
    fireEvent.click(within(dialog).getByRole("button", { name: "Generate new codes" }));
    expect(await screen.findByRole("list", { name: "Recovery codes" })).toBeTruthy();
  });
});
