import type { ClipboardEvent, ReactNode, Ref } from "react";
import { TextField } from "./TextField.js";

export interface CodeInputProps {
  label: ReactNode;
  /** The digits entered so far. */
  value: string;
  /** Called with digits only, never longer than `maxLength`. */
  onChange: (value: string) => void;
  /** Number of digits accepted (default 6). */
  maxLength?: number;
  hint?: ReactNode;
  error?: ReactNode;
  id?: string;
  name?: string;
  autoFocus?: boolean;
  disabled?: boolean;
  required?: boolean;
  className?: string;
  ref?: Ref<HTMLInputElement>;
}

/** Keeps the digits of `text` and cuts the result to `maxLength`. */
function digitsOnly(text: string, maxLength: number): string {
  return text.replace(/\D/g, "").slice(0, maxLength);
}

/**
 * One input for a one-time code (authenticator, text message). A single field
 * lets password managers and the phone's SMS autofill fill it in one go;
 * anything that is not a digit is dropped, also when pasted ("123 456").
 */
export function CodeInput({ value, onChange, maxLength = 6, ...rest }: CodeInputProps) {
  function handlePaste(event: ClipboardEvent<HTMLInputElement>) {
    // Handled here rather than in onChange: the browser would cut "123 456"
    // to maxLength characters before we could remove the space.
    event.preventDefault();
    const input = event.currentTarget;
    const pasted = event.clipboardData.getData("text");
    const start = input.selectionStart ?? value.length;
    const end = input.selectionEnd ?? value.length;
    onChange(digitsOnly(value.slice(0, start) + pasted + value.slice(end), maxLength));
  }

  return (
    <TextField
      {...rest}
      inputClassName="ui-code-input"
      type="text"
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9]*"
      spellCheck={false}
      maxLength={maxLength}
      size={maxLength + 2}
      value={value}
      onChange={(event) => onChange(digitsOnly(event.currentTarget.value, maxLength))}
      onPaste={handlePaste}
    />
  );
}
