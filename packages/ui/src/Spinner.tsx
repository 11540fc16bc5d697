import { useTranslation } from "react-i18next";
import { cx } from "./cx.js";

export interface SpinnerProps {
  /** What is happening; announced politely. */
  label?: string;
  /** Show the label beside the spinner instead of only to screen readers. */
  showLabel?: boolean;
  /** Purely visual (inside something that already announces its busy state). */
  decorative?: boolean;
  size?: "small" | "medium";
  className?: string;
}

/** A busy indicator. */
export function Spinner({ label, showLabel = false, decorative = false, size = "medium", className }: SpinnerProps) {
  const { t } = useTranslation("ui");
  const wheel = <span aria-hidden="true" className={cx("ui-spinner", size === "small" && "ui-spinner--small")} />;
  if (decorative) return wheel;
  return (
    <span role="status" className={cx("ui-spinner-wrap", className)}>
      {wheel}
      <span className={showLabel ? "ui-spinner__label" : "ui-visually-hidden"}>{label ?? t("loading")}</span>
    </span>
  );
}
