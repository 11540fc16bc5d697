import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Dialog } from "./Dialog.js";

afterEach(cleanup);

describe("Dialog", () => {
  it("is named by its title and shows its content only while open", () => {
    const { rerender } = render(
      <Dialog open title="Confirm your password" onCancel={() => {}}>
        <form aria-label="Password form" />
      </Dialog>,
    );
    expect(screen.getByRole("dialog", { name: "Confirm your password" })).toBeTruthy();
    expect(screen.getByRole("form", { name: "Password form" })).toBeTruthy();

    rerender(
      <Dialog open={false} title="Confirm your password" onCancel={() => {}}>
        <form aria-label="Password form" />
      </Dialog>,
    );
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.queryByRole("form")).toBeNull();
  });

  it("reports Escape unless busy", () => {
    const onCancel = vi.fn();
    const { rerender } = render(<Dialog open title="Busy" onCancel={onCancel} busy />);
    fireEvent(screen.getByRole("dialog"), new Event("cancel", { cancelable: true }));
    expect(onCancel).not.toHaveBeenCalled();
    rerender(<Dialog open title="Busy" onCancel={onCancel} />);
    fireEvent(screen.getByRole("dialog"), new Event("cancel", { cancelable: true }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
