import type { ReactNode } from "react";
import { cx } from "./cx.js";

export type BadgeTone = "neutral" | "accent" | "success" | "warning" | "danger";

export interface BadgeProps {
  tone?: BadgeTone;
  children: ReactNode;
  className?: string;
}

/** A short label beside something (Default, Backup, Pending). */
export function Badge({ tone = "neutral", children, className }: BadgeProps) {
  return <span className={cx("ui-badge", `ui-badge--${tone}`, className)}>{children}</span>;
}
