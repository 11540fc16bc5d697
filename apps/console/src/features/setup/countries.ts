/** Countries offered first in the phone form; any other is entered by its calling code. */
export interface Country {
  /** ISO 3166-1 alpha-2, sent to the service as `country`. */
  code: string;
  name: string;
  callingCode: string;
}

export const COUNTRIES: readonly Country[] = [
  { code: "AR", name: "Argentina", callingCode: "+54" },
  { code: "AU", name: "Australia", callingCode: "+61" },
  { code: "AT", name: "Austria", callingCode: "+43" },
  { code: "BE", name: "Belgium", callingCode: "+32" },
  { code: "BR", name: "Brazil", callingCode: "+55" },
  { code: "CA", name: "Canada", callingCode: "+1" },
  { code: "CN", name: "China", callingCode: "+86" },
  { code: "DK", name: "Denmark", callingCode: "+45" },
  { code: "FI", name: "Finland", callingCode: "+358" },
  { code: "FR", name: "France", callingCode: "+33" },
  { code: "DE", name: "Germany", callingCode: "+49" },
  { code: "HK", name: "Hong Kong", callingCode: "+852" },
  { code: "IN", name: "India", callingCode: "+91" },
  { code: "IE", name: "Ireland", callingCode: "+353" },
  { code: "IL", name: "Israel", callingCode: "+972" },
  { code: "IT", name: "Italy", callingCode: "+39" },
  { code: "JP", name: "Japan", callingCode: "+81" },
  { code: "MX", name: "Mexico", callingCode: "+52" },
  { code: "NL", name: "Netherlands", callingCode: "+31" },
  { code: "NZ", name: "New Zealand", callingCode: "+64" },
  { code: "NO", name: "Norway", callingCode: "+47" },
  { code: "PL", name: "Poland", callingCode: "+48" },
  { code: "PT", name: "Portugal", callingCode: "+351" },
  { code: "SG", name: "Singapore", callingCode: "+65" },
  { code: "ZA", name: "South Africa", callingCode: "+27" },
  { code: "KR", name: "South Korea", callingCode: "+82" },
  { code: "ES", name: "Spain", callingCode: "+34" },
  { code: "SE", name: "Sweden", callingCode: "+46" },
  { code: "CH", name: "Switzerland", callingCode: "+41" },
  { code: "AE", name: "United Arab Emirates", callingCode: "+971" },
  { code: "GB", name: "United Kingdom", callingCode: "+44" },
  { code: "US", name: "United States", callingCode: "+1" },
];

/** The value of the "Other" choice (a calling code is typed instead). */
export const OTHER_COUNTRY = "OTHER";

/** The country of the browser's language ("en-GB" → GB) when it is in the list, else the US. */
export function defaultCountry(languages: readonly string[] = globalThis.navigator?.languages ?? []): string {
  for (const language of languages) {
    const region = language.split("-")[1]?.toUpperCase();
    if (region && COUNTRIES.some((c) => c.code === region)) return region;
  }
  return "US";
}

/** A calling code as typed ("44", "+44", "+ 44") in the form the service takes ("+44"), or null. */
export function normalizeCallingCode(text: string): string | null {
  const digits = /^\+?\s*([0-9]{1,3})$/.exec(text.trim())?.[1];
  return digits ? `+${digits}` : null;
}
