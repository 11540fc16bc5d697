import { cx } from "./cx.js";

export interface MeterProps {
  /** What is measured, e.g. "MFA coverage of example.com". */
  label: string;
  value: number;
  max: number;
  /** The value in words, read instead of a bare number ("3 of 5 enrolled"). */
  valueText: string;
  tone?: "accent" | "success" | "warning";
  className?: string;
}

/** A horizontal bar showing how much of something is done (a share of a known total). */
export function Meter({ label, value, max, valueText, tone = "accent", className }: MeterProps) {
  const share = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  return (
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={valueText}
      className={cx("ui-meter", `ui-meter--${tone}`, className)}
    >
      <div className="ui-meter__fill" style={{ width: `${(share * 100).toFixed(1)}%` }} />
    </div>
  );
}
