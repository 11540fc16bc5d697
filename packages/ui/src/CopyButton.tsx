import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, type ButtonVariant } from "./Button.js";

export interface CopyButtonProps {
  /** What goes to the clipboard. */
  text: string;
  label?: string;
  variant?: ButtonVariant;
  className?: string;
}

type CopyState = "idle" | "copied" | "failed";

/** Copies `text` to the clipboard and says so in a polite live region. */
export function CopyButton({ text, label, variant = "secondary", className }: CopyButtonProps) {
  const { t } = useTranslation("ui");
  const [state, setState] = useState<CopyState>("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <span className="ui-copy">
      <Button variant={variant} onClick={copy} className={className}>
        {label ?? t("copy")}
      </Button>
      <span role="status" className="ui-copy__status">
        {state === "copied" ? t("copied") : state === "failed" ? t("copyFailed") : ""}
      </span>
    </span>
  );
}
