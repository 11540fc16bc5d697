import type { AuditRecord } from "#src/modules/audit/audit.service.js";
import type { Metrics } from "./metrics.js";

/** How a sign-in was completed (`detail.factor` of LOGIN_SUCCEEDED) as a factor label. */
const FACTORS: Readonly<Record<string, string>> = {
  PASSWORD: "password",
  OTPPASSCODE: "totp",
  PASSCODE: "sms",
  RECOVERY_CODE: "recovery_code",
  BYPASS_CODE: "bypass_code",
  REMEMBERED_BROWSER: "remembered_browser",
};

/** The doors of a sign-in (`detail.channel`); a step-up is not a sign-in. */
const DOORS: Readonly<Record<string, string>> = { GRAPHQL: "graphql", REST: "rest", STEP_UP: "step_up" };

/** The password-step decisions: the outcome label of each. */
const PASSWORD_STEP: Readonly<Record<string, string>> = {
  LOGIN_PASSWORD_FAILED: "failure",
  LOGIN_THROTTLED: "throttled",
  LOGIN_MFA_CHALLENGED: "challenged",
  LOGIN_MFA_SETUP_REQUIRED: "setup_required",
};

const STEPS: Readonly<Record<string, string>> = { PASSWORD: "password", PASSCODE: "second_factor" };

const text = (value: unknown): string => (typeof value === "string" ? value : "");
const label = (table: Readonly<Record<string, string>>, value: unknown, otherwise: string): string => table[text(value)] ?? otherwise;

/**
 * Counts sign-in outcomes, second-factor failures, lockouts and refused texts from the audit events: the audit log
 * sees every such decision of both doors at one place. Labels come from fixed tables, never from a value of the
 * event itself (a username, an address or a code never becomes a label).
 */
export function auditMetrics(metrics: Metrics): (event: AuditRecord) => void {
  return (event) => {
    const detail = event.detail ?? {};
    const door = label(DOORS, detail.channel, "other");
    const signIn = door !== "step_up";
    if (event.action === "LOGIN_SUCCEEDED" && signIn) {
      const factor = label(FACTORS, detail.factor, "other");
      metrics.logins.inc({ door, step: factor === "password" ? "password" : "second_factor", factor, outcome: "success" });
    } else if (event.action in PASSWORD_STEP && signIn) {
      metrics.logins.inc({ door, step: "password", factor: "password", outcome: PASSWORD_STEP[event.action] as string });
    } else if (event.action === "LOGIN_PASSCODE_FAILED") {
      // A wrong code names no factor: it is checked against all of the user's.
      const reason = detail.reason === "replay" ? "replay" : "wrong";
      metrics.secondFactorFailures.inc({ door, reason });
      if (signIn) metrics.logins.inc({ door, step: "second_factor", factor: "unknown", outcome: reason === "replay" ? "replay" : "failure" });
    } else if (event.action === "LOGIN_REFUSED_LOCKED" && signIn) {
      metrics.logins.inc({ door, step: label(STEPS, detail.step, "unknown"), factor: "unknown", outcome: "locked" });
    } else if (event.action === "ACCOUNT_LOCKED") {
      metrics.lockouts.inc();
    } else if (event.action === "SMS_REFUSED") {
      const stage = detail.stage === "addPhone" ? "add_phone" : "send";
      metrics.smsRefusals.inc({ reason: detail.reason === "COUNTRY" ? "country" : "budget", stage });
      if (stage === "send") metrics.smsSends.inc({ status: "refused" });
    }
  };
}
