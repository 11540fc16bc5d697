import { SelectField, TextField } from "@mfa/ui";
import { COUNTRIES, OTHER_COUNTRY } from "./countries";

export interface CountryFieldProps {
  country: string;
  callingCode: string;
  callingCodeError?: string;
  onCountryChange: (country: string) => void;
  onCallingCodeChange: (callingCode: string) => void;
}

/** The phone's country: a list of common ones, or any calling code typed in. */
export function CountryField({ country, callingCode, callingCodeError, onCountryChange, onCallingCodeChange }: CountryFieldProps) {
  return (
    <>
      <SelectField label="Country" name="country" value={country} onChange={(event) => onCountryChange(event.currentTarget.value)}>
        {COUNTRIES.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name} ({c.callingCode})
          </option>
        ))}
        <option value={OTHER_COUNTRY}>Other: enter a calling code</option>
      </SelectField>
      {country === OTHER_COUNTRY && (
        <TextField
          label="Calling code"
          name="calling-code"
          hint="For example +44 or +81."
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
