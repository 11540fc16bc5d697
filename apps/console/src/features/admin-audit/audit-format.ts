import type { AuditAction } from "../../gql/graphql";
import { isPolicyLevel, OVERRIDE_LABEL, POLICY_LABEL } from "../admin-shared/policy";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** "devicesRemoved" → "devices removed". */
const words = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();

/** A level as admins know it: a policy as Force-On / Optional / Off, an override as Default / Optional / Required. */
function level(value: unknown, override: boolean): string {
  if (override && (value === "DEFAULT" || value === "OPTIONAL" || value === "REQUIRED")) return OVERRIDE_LABEL[value];
  if (isPolicyLevel(value)) return POLICY_LABEL[value];
  return show(value);
}

function show(value: unknown): string {
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string" || typeof value === "number") return String(value);
  return JSON.stringify(value);
}

/**
 * One line from an event's JSON detail: a change as "Off → Force-On", then the other facts as
 * "key: value". Ids are left out (the actor and target columns name the people); so is a username
 * the target column already shows.
 */
export function summariseDetail(detail: string | null, context: { action?: AuditAction; targetUsername?: string | null } = {}): string {
  if (!detail) return "";
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return detail;
  }
  if (!isRecord(value)) return show(value);
  const { from, to, ...rest } = value;
  const parts: string[] = [];
  if (from !== undefined || to !== undefined) {
    const override = context.action === "MFA_OVERRIDE_SET";
    parts.push(`${level(from ?? "?", override)} → ${level(to ?? "?", override)}`);
  }
  for (const [key, fact] of Object.entries(rest)) {
    if (fact === null || fact === undefined || /Id$|^id$/.test(key)) continue;
    if (key === "username" && fact === context.targetUsername) continue;
    parts.push(`${words(key)}: ${key === "policy" ? level(fact, false) : show(fact)}`);
  }
  return parts.join(" · ");
}
