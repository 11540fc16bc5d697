import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfirmDialog } from "./ConfirmDialog.js";

afterEach(cleanup);

describe("ConfirmDialog", () => {
  it("names the dialog by its title and reports the choice", () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(
      <ConfirmDialog open title="Remove device?" confirmLabel="Remove" onConfirm={onConfirm} onCancel={onCancel}>
        You will no longer be able to sign in with it.
      </ConfirmDialog>,
    );
    const dialog = screen.getByRole("dialog", { name: "Remove device?" });
    expect(dialog.getAttribute("aria-describedby")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole("button", { name: "Remove" }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it("says Confirm and Cancel unless told otherwise", () => {
    render(<ConfirmDialog open title="Unlock alice?" onConfirm={() => {}} onCancel={() => {}} />);
    expect(screen.getByRole("button", { name: "Confirm" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Cancel" })).toBeTruthy();
  });

  it("is hidden while closed", () => {
    render(<ConfirmDialog open={false} title="Remove device?" onConfirm={() => {}} onCancel={() => {}} />);
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
