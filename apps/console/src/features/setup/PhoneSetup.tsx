import { useMutation } from "@apollo/client/react";
import { Alert, Button, TextField } from "@mfa/ui";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { AddPhoneMutation } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";
import { errorCode } from "../../lib/graphql-errors";
import { useReauth } from "../reauth/ReauthProvider";
import { VerifyDeviceForm } from "../verify-device/VerifyDeviceForm";
import { CountryField } from "./CountryField";
import { defaultCountry, normalizeCallingCode, OTHER_COUNTRY } from "./countries";
import { useTranslation } from "react-i18next";

export const AddPhoneDocument = graphql(`
  mutation AddPhone($input: AddPhoneInput!) {
    addPhone(input: $input) {
      device {
        id
        kind
        name
        maskedPhone
        verified
      }
    }
  }
`);

type AddedPhone = AddPhoneMutation["addPhone"]["device"];

/** The service's wait between two verification texts. */
const RESEND_WAIT_MS = 30_000;

interface FieldErrors {
  callingCode?: string;
  number?: string;
  name?: string;
}

export interface PhoneSetupProps {
  offerDefault: boolean;
  onDone: (deviceName: string) => void | Promise<void>;
  /** The device this step created and that waits for its code (the wizard removes it if the user gives up). */
  onPending: (deviceId: string) => void;
}

/** A phone: country and number, then the code texted to it. */
export function PhoneSetup({ offerDefault, onDone, onPending }: PhoneSetupProps) {
  const { t } = useTranslation("setup");
  const [country, setCountry] = useState(() => defaultCountry());
  const [callingCode, setCallingCode] = useState("");
  const [number, setNumber] = useState("");
  const [name, setName] = useState(() => t("phone.defaultName"));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState<{ device: AddedPhone; resendAt: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const guard = useReauth();
  const [addPhone] = useMutation(AddPhoneDocument, { fetchPolicy: "no-cache" });

  useEffect(() => {
    if (added) stepHeading.current?.focus();
  }, [added]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: FieldErrors = {};
    const countryValue = country === OTHER_COUNTRY ? normalizeCallingCode(callingCode) : country;
    if (!countryValue) next.callingCode = t("phone.enterCallingCode");
    if (!number.trim()) next.number = t("phone.enterNumber");
    if (!name.trim()) next.name = t("phone.enterName");
    setErrors(next);
    setProblem(null);
    if (!countryValue || next.number || next.name) return;

    setBusy(true);
    try {
      const input = { country: countryValue, number: number.trim(), name: name.trim() };
      const result = await guard(() => addPhone({ variables: { input } }));
      if (result?.data) {
        onPending(result.data.addPhone.device.id);
        setAdded({ device: result.data.addPhone.device, resendAt: Date.now() + RESEND_WAIT_MS });
      }
    } catch (error) {
      if (errorCode(error) === "BAD_USER_INPUT") setErrors({ number: errorMessage(error) });
      else setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  if (added) {
    return (
      <div className="setup-step">
        <h2 ref={stepHeading} tabIndex={-1} className="setup-step__title">
          {t("phone.codeTitle")}
        </h2>
        <p>{t("phone.sentTo", { phone: added.device.maskedPhone ?? t("phone.yourPhone") })}</p>
        <VerifyDeviceForm
          device={added.device}
          offerDefault={offerDefault}
          resendAvailableAt={added.resendAt}
          onVerified={() => onDone(added.device.name)}
        />
      </div>
    );
  }

  return (
    <form noValidate onSubmit={handleSubmit} aria-label={t("phone.formLabel")} className="setup-step">
      {problem && <Alert tone="error">{problem}</Alert>}
      <CountryField
        country={country}
        callingCode={callingCode}
        callingCodeError={errors.callingCode}
        onCountryChange={setCountry}
        onCallingCodeChange={setCallingCode}
      />
      <TextField
        label={t("phone.number")}
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel-national"
        hint={t("phone.numberHint")}
        required
        value={number}
        error={errors.number}
        onChange={(event) => setNumber(event.currentTarget.value)}
      />
      <TextField
        label={t("phone.deviceName")}
        name="device-name"
        maxLength={60}
        required
        value={name}
        error={errors.name}
        onChange={(event) => setName(event.currentTarget.value)}
      />
      <Button type="submit" loading={busy}>
        {t("phone.send")}
      </Button>
    </form>
  );
}
