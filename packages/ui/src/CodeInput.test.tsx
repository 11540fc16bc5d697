import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { CodeInput } from "./CodeInput.js";

afterEach(cleanup);

function Harness({ maxLength }: { maxLength?: number }) {
  const [code, setCode] = useState("");
  return <CodeInput label="Verification code" value={code} onChange={setCode} maxLength={maxLength} />;
}

function paste(input: HTMLElement, text: string) {
  fireEvent.paste(input, { clipboardData: { getData: () => text } });
}

describe("CodeInput", () => {
  it("is one labelled numeric one-time-code input", () => {
    render(<Harness />);
    const input = screen.getByLabelText("Verification code") as HTMLInputElement;
    expect(input.inputMode).toBe("numeric");
    expect(input.getAttribute("autocomplete")).toBe("one-time-code");
    expect(input.maxLength).toBe(6);
  });

  it("strips non-digits from a pasted code before applying the length limit", () => {
    render(<Harness />);
    const input = screen.getByLabelText("Verification code") as HTMLInputElement;
    paste(input, " 123 456\n");
    expect(input.value).toBe("123456");
  });

  it("drops letters typed into it", () => {
    render(<Harness />);
    const input = screen.getByLabelText("Verification code") as HTMLInputElement;
    fireEvent.change(input, { target: { value: "12a-3" } });
    expect(input.value).toBe("123");
  });

  it("honours a configured length", () => {
    render(<Harness maxLength={8} />);
    const input = screen.getByLabelText("Verification code") as HTMLInputElement;
    paste(input, "1234-5678-9");
    expect(input.value).toBe("12345678");
    expect(input.maxLength).toBe(8);
  });
});
