import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { QrCode } from "./QrCode.js";

afterEach(cleanup);

describe("QrCode", () => {
  it("shows an inline image with its alt text", () => {
    render(<QrCode src="data:image/png;base64,iVBORw0KGgo=" alt="QR code for your authenticator app" />);
    const img = screen.getByRole("img", { name: "QR code for your authenticator app" });
    expect(img.getAttribute("src")).toMatch(/^data:image\/png/);
  });

  it("refuses a remote address, so showing a code never makes a request", () => {
    render(<QrCode src="https://example.com/qr.png" alt="QR code" />);
    expect(screen.queryByRole("img")).toBeNull();
  });
});
