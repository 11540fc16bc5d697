import { SelectField, TextField } from "@mfa/ui";
import { COUNTRIES, OTHER_COUNTRY } from "./countries";
import { useTranslation } from "react-i18next";
import { compareText, regionName } from "../../lib/format";

export interface CountryFieldProps {
  country: string;
  callingCode: string;
  callingCodeError?: string;
  onCountryChange: (country: string) => void;
  onCallingCodeChange: (callingCode: string) => void;
}

/** The phone's country: a list of common ones, or any calling code typed in. */
export function CountryField({ country, callingCode, callingCodeError, onCountryChange, onCallingCodeChange }: CountryFieldProps) {
  const { t } = useTranslation("setup");
  // Named and sorted in the reader's language (Intl), "Deutschland" among the D's in German.
  const countries = COUNTRIES.map((c) => ({ ...c, localName: regionName(c.code) ?? c.name })).sort((a, b) => compareText(a.localName, b.localName));
  return (
    <>
      <SelectField label={t("country.label")} name="country" value={country} onChange={(event) => onCountryChange(event.currentTarget.value)}>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.localName} ({c.callingCode})
          </option>
        ))}
        <option value={OTHER_COUNTRY}>{t("country.other")}</option>
      </SelectField>
      {country === OTHER_COUNTRY && (
        <TextField
          label={t("country.callingCode")}
          name="calling-code"
          hint={t("country.callingCodeHint")}
          inputMode="tel"
          autoComplete="tel-country-code"
          value={callingCode}
          error={callingCodeError}
          onChange={(event) => onCallingCodeChange(event.currentTarget.value)}
        />
      )}
    </>
  );
}
