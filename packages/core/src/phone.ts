import {
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberWithError,
  validatePhoneNumberLength,
  type CountryCode,
  type PhoneNumber,
} from "libphonenumber-js/max";

export type PhoneErrorCode = "UNKNOWN_COUNTRY" | "TOO_SHORT" | "TOO_LONG" | "INVALID_NUMBER" | "NOT_MOBILE";

export type NormalizePhoneResult =
  | { ok: true; e164: string; country: string }
  | { ok: false; code: PhoneErrorCode; message: string };

/** Region code libphonenumber uses for numbers that belong to no country (e.g. +800, +881). */
const NON_GEOGRAPHIC_REGION = "001";

/** Number types that cannot receive a text message. */
const CANNOT_TEXT = new Set(["FIXED_LINE", "TOLL_FREE", "PREMIUM_RATE", "SHARED_COST", "VOICEMAIL", "UAN"]);

const MESSAGES: Record<PhoneErrorCode, string> = {
  UNKNOWN_COUNTRY: "We don't recognise that country. Choose a country from the list.",
  TOO_SHORT: "That phone number is too short. Check that you entered all of its digits.",
  TOO_LONG: "That phone number is too long. Check that you entered only one number.",
  INVALID_NUMBER: "That isn't a valid phone number for the chosen country. Check the number and the country.",
  NOT_MOBILE: "That looks like a landline or service number. Enter a mobile number that can receive text messages.",
};

function fail(code: PhoneErrorCode): NormalizePhoneResult {
  return { ok: false, code, message: MESSAGES[code] };
}

type ParseContext = { defaultCountry: CountryCode } | { defaultCallingCode: string };

const CALLING_CODES = new Set(getCountries().map((c) => getCountryCallingCode(c)));

function contextFor(country: string): ParseContext | null {
  const value = country.trim();
  const upper = value.toUpperCase();
  if (isSupportedCountry(upper)) return { defaultCountry: upper };
  const calling = /^\+?([0-9]{1,3})$/.exec(value)?.[1];
  if (calling !== undefined && CALLING_CODES.has(calling)) return { defaultCallingCode: calling };
  return null;
}

/**
 * Validates a phone number entered as country + national number and returns it in E.164. `country` is an
 * ISO 3166 alpha-2 code (any case) or a calling code ("+44" or "44"); a number typed in international form
 * ("+44 ...") is accepted whatever the country. Numbers of a type that cannot receive texts (fixed line,
 * toll-free, premium rate...) are refused; mobile, "fixed line or mobile" and undetectable types pass.
 * The returned `country` is the region the number belongs to, which for a shared calling code may differ from
 * the one chosen (a Guernsey mobile entered under GB gives GG); "001" for numbers of no country.
 */
export function normalizePhone(country: string, nationalNumber: string): NormalizePhoneResult {
  const context = contextFor(country);
  if (context === null) return fail("UNKNOWN_COUNTRY");
  const text = nationalNumber.trim();
  if (text.length > 40) return fail("TOO_LONG");
  const lengthIssue = validatePhoneNumberLength(text, context);
  if (lengthIssue === "TOO_SHORT" || lengthIssue === "TOO_LONG") return fail(lengthIssue);
  if (lengthIssue === "NOT_A_NUMBER" && !/[0-9]/.test(text)) return fail("TOO_SHORT");
  if (lengthIssue !== undefined) return fail("INVALID_NUMBER");
  let phone: PhoneNumber;
  try {
    phone = parsePhoneNumberWithError(text, context);
  } catch {
    return fail("INVALID_NUMBER");
  }
  if (!phone.isValid()) return fail("INVALID_NUMBER");
  const type = phone.getType();
  if (type !== undefined && CANNOT_TEXT.has(type)) return fail("NOT_MOBILE");
  return { ok: true, e164: phone.number, country: phone.country ?? NON_GEOGRAPHIC_REGION };
}

/** An E.164 number for display with only the calling code and the last four digits visible. */
export function maskPhone(e164: string): string {
  const digits = e164.replace(/[^0-9]/g, "");
  let callingCode = "";
  let national = digits;
  try {
    const phone = parsePhoneNumberWithError(e164);
    callingCode = phone.countryCallingCode;
    national = phone.nationalNumber;
  } catch {
    // Not a parseable number: mask everything but the last four digits.
  }
  const visible = national.slice(-4);
  const hidden = Math.max(0, national.length - 4);
  const groups: string[] = [];
  for (let left = hidden; left > 0; left -= 3) groups.push("*".repeat(Math.min(3, left)));
  const parts = [callingCode === "" ? "" : `+${callingCode}`, ...groups, visible];
  return parts.filter((p) => p !== "").join(" ");
}

export type CountryOption = { code: string; callingCode: string; name: string };

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

/** Every supported country for a picker: alpha-2 code, calling code ("+44") and English name, by name. */
export function listCountries(): CountryOption[] {
  return getCountries()
    .map((code) => ({
      code,
      callingCode: `+${getCountryCallingCode(code)}`,
      name: regionNames.of(code) ?? code,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
}

/** The English name of a country code ("LV" -> "Latvia"); the code itself when it names no region. */
export function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The region an E.164 number belongs to, from its digits and not from what the user chose: a Jamaican number
 * typed under "US" is "JM", a Guernsey mobile under "GB" is "GG"; "001" for numbers of no country (+800, +881);
 * null when the digits name no region at all.
 */
export function phoneCountry(e164: string): string | null {
  let phone: PhoneNumber;
  try {
    phone = parsePhoneNumberWithError(e164);
  } catch {
    return null;
  }
  if (phone.country) return phone.country;
  return phone.isNonGeographic() ? NON_GEOGRAPHIC_REGION : null;
}

export type CountryListResult = { ok: true; countries: string[] } | { ok: false; unknown: string[] };

/**
 * A list of ISO 3166 alpha-2 codes texts may go to, cleaned: trimmed, upper-case, unique, sorted. Only regions a
 * phone number can belong to are accepted (never "001": numbers of no country are never allowed).
 */
export function parseCountryList(codes: readonly string[]): CountryListResult {
  const clean = codes.map((code) => code.trim().toUpperCase());
  const unknown = [...new Set(clean.filter((code) => !/^[A-Z]{2}$/.test(code) || !isSupportedCountry(code)))];
  if (unknown.length > 0) return { ok: false, unknown };
  return { ok: true, countries: [...new Set(clean)].sort() };
}
