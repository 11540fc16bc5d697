import type { AuditAction } from "../../gql/graphql";
import { isPolicyLevel, overrideLabel, policyLabel } from "../admin-shared/policy";
import { i18n } from "../../i18n/i18n";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** "devicesRemoved" → "Devices removed". */
function label(key: string): string {
  const text = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A level as admins know it: a policy as Force-On / Optional / Off, an override as Default / Optional / Required. */
function level(value: unknown, override: boolean): string {
  if (override && (value === "DEFAULT" || value === "OPTIONAL" || value === "REQUIRED")) return overrideLabel(value);
  if (isPolicyLevel(value)) return policyLabel(value);
  return show(value);
}

/** A value in words: yes / no, a list joined by commas, an object as "key: value" pairs. */
function show(value: unknown): string {
  if (typeof value === "boolean") return i18n.t(value ? "admin-audit:detail.yes" : "admin-audit:detail.no");
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map(show).join(", ");
  if (isRecord(value)) return Object.entries(value).map(([k, v]) => `${label(k).toLowerCase()}: ${show(v)}`).join(", ");
  return "";
}

export interface DetailField {
  label: string;
  value: string;
}

/**
 * The facts of an event's JSON detail as labelled fields: a change first ("Change": "Off → Force-On"), then the
 * others ("Devices removed": "2"). Ids are left out (the actor and target columns name the people); so is a
 * username the target column already shows, and an empty value. A detail that is not a JSON object is one field.
 */
export function detailFields(detail: string | null, context: { action?: AuditAction; targetUsername?: string | null } = {}): DetailField[] {
  if (!detail) return [];
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return [{ label: i18n.t("admin-audit:detail.detail"), value: detail }];
  }
  if (!isRecord(value)) return [{ label: i18n.t("admin-audit:detail.detail"), value: show(value) }];
  const { from, to, ...rest } = value;
  const fields: DetailField[] = [];
  if (from !== undefined || to !== undefined) {
    const override = context.action === "MFA_OVERRIDE_SET";
    fields.push({ label: i18n.t("admin-audit:detail.change"), value: `${level(from ?? "?", override)} → ${level(to ?? "?", override)}` });
  }
  for (const [key, fact] of Object.entries(rest)) {
    if (fact === null || fact === undefined || fact === "" || /Id$|^id$|Ids$/.test(key)) continue;
    if (key === "username" && fact === context.targetUsername) continue;
    fields.push({ label: label(key), value: key === "policy" ? level(fact, false) : show(fact) });
  }
  return fields;
}
