import { useMutation } from "@apollo/client/react";
import { Alert, Button, Checkbox, CodeInput } from "@mfa/ui";
import { useRef, useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { DeviceKind } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";
import { errorCode } from "../../lib/graphql-errors";
import { TextedCodeHint } from "../sms-outbox/TextedCodeHint";
import { ResendButton } from "./ResendButton";
import "./verify-device.css";
import { useTranslation } from "react-i18next";

export const VerifyDeviceDocument = graphql(`
  mutation VerifyDevice($input: VerifyDeviceInput!) {
    verifyDevice(input: $input) {
      device {
        id
        verified
        isDefault
        lastUsedAt
      }
    }
  }
`);

export interface PendingDevice {
  id: string;
  kind: DeviceKind;
  name: string;
  maskedPhone?: string | null;
}

export interface VerifyDeviceFormProps {
  device: PendingDevice;
  /** Offer "Make this my default method" (not for a first device, which becomes the default anyway). */
  offerDefault?: boolean;
  /** For a phone: when a new text may be asked for (Date.now() value), e.g. just after adding it. */
  resendAvailableAt?: number | null;
  onVerified: () => void | Promise<void>;
}

/** Proves possession of a pending device with a code from it (authenticator or text message). */
export function VerifyDeviceForm({ device, offerDefault = false, resendAvailableAt = null, onVerified }: VerifyDeviceFormProps) {
  const { t } = useTranslation("verify-device");
  const [code, setCode] = useState("");
  // A new authenticator app becomes the default unless the user clears the box; a phone only when ticked.
  const [makeDefault, setMakeDefault] = useState(device.kind === "TOTP");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);
  const [verify] = useMutation(VerifyDeviceDocument);
  const isPhone = device.kind === "SMS";

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (code.length < 6) {
      setFieldError(t("enterDigits"));
      codeRef.current?.focus();
      return;
    }
    setFieldError(undefined);
    setProblem(null);
    setBusy(true);
    try {
      await verify({ variables: { input: { deviceId: device.id, code, makeDefault: offerDefault && makeDefault } } });
      await onVerified();
    } catch (error) {
      if (errorCode(error) === "INVALID_PASSCODE") {
        setFieldError(errorMessage(error));
        setCode("");
        codeRef.current?.focus();
      } else {
        setProblem(errorMessage(error));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="verify-device">
      {problem && <Alert tone="error">{problem}</Alert>}
      <form noValidate onSubmit={handleSubmit} aria-label={t("formLabel", { name: device.name })}>
        <CodeInput
          ref={codeRef}
          label={t("code")}
          name="code"
          maxLength={8}
          hint={
            isPhone
              ? t("hintPhone", { phone: device.maskedPhone ?? t("yourPhone") })
              : t("hintApp")
          }
          required
          value={code}
          error={fieldError}
          onChange={setCode}
        />
        {offerDefault && (
          <Checkbox
            label={t("makeDefault")}
            checked={makeDefault}
            onChange={(event) => setMakeDefault(event.currentTarget.checked)}
          />
        )}
        <div className="verify-device__actions">
          <Button type="submit" loading={busy}>
            {t("verify")}
          </Button>
          {isPhone && (
            <ResendButton
              deviceId={device.id}
              initialAvailableAt={resendAvailableAt}
              onSent={() => setProblem(null)}
              onRefused={setProblem}
            />
          )}
        </div>
      </form>
      {isPhone && <TextedCodeHint />}
    </div>
  );
}
