import { useMutation } from "@apollo/client/react";
import { Alert, Button, CopyButton, QrCode, TextField } from "@mfa/ui";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { EnrollTotpMutation } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";
import { useReauth } from "../reauth/ReauthProvider";
import { VerifyDeviceForm } from "../verify-device/VerifyDeviceForm";
import { useTranslation } from "react-i18next";

export const EnrollTotpDocument = graphql(`
  mutation EnrollTotp($input: EnrollTotpInput!) {
    enrollTotp(input: $input) {
      device {
        id
        kind
        name
        verified
      }
      secret
      qrCodeDataUrl
    }
  }
`);

type Enrolment = EnrollTotpMutation["enrollTotp"];

/** "JBSWY3DPEHPK3PXP" → ["JBSW", "Y3DP", "EHPK", "3PXP"], easier to type by hand. */
export function secretGroups(secret: string): string[] {
  return secret.match(/.{1,4}/g) ?? [];
}

export interface TotpSetupProps {
  offerDefault: boolean;
  onDone: (deviceName: string) => void | Promise<void>;
  /** The device this step created and that waits for its code (the wizard removes it if the user gives up). */
  onPending: (deviceId: string) => void;
}

/** An authenticator app: name it, scan the QR code (or type the key), enter a code from it. */
export function TotpSetup({ offerDefault, onDone, onPending }: TotpSetupProps) {
  const { t } = useTranslation("setup");
  const [name, setName] = useState(() => t("totp.defaultName"));
  const [nameError, setNameError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [busy, setBusy] = useState(false);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const guard = useReauth();
  const [enroll] = useMutation(EnrollTotpDocument, { fetchPolicy: "no-cache" });

  useEffect(() => {
    if (enrolment) stepHeading.current?.focus();
  }, [enrolment]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) {
      setNameError(t("totp.enterName"));
      return;
    }
    setNameError(undefined);
    setProblem(null);
    setBusy(true);
    try {
      const result = await guard(() => enroll({ variables: { input: { name: name.trim() } } }));
      if (result?.data) {
        onPending(result.data.enrollTotp.device.id);
        setEnrolment(result.data.enrollTotp);
      }
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  if (!enrolment) {
    return (
      <form noValidate onSubmit={handleSubmit} aria-label={t("totp.formLabel")} className="setup-step">
        {problem && <Alert tone="error">{problem}</Alert>}
        <TextField
          label={t("totp.deviceName")}
          name="device-name"
          hint={t("totp.nameHint")}
          maxLength={60}
          required
          value={name}
          error={nameError}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <Button type="submit" loading={busy}>
          {t("totp.continue")}
        </Button>
      </form>
    );
  }

  return (
    <div className="setup-step">
      <h2 ref={stepHeading} tabIndex={-1} className="setup-step__title">
        {t("totp.scanTitle")}
      </h2>
      <p>{t("totp.scanText")}</p>
      <QrCode src={enrolment.qrCodeDataUrl} alt={t("totp.qrAlt")} />
      <p>{t("totp.cantScan")}</p>
      <div className="setup-secret">
        <code className="setup-secret__value" data-testid="totp-secret">
          {secretGroups(enrolment.secret).map((group, index) => (
            <span key={index}>{group}</span>
          ))}
        </code>
        <CopyButton text={enrolment.secret} />
      </div>
      <p className="setup-step__note">{t("totp.keyNote")}</p>
      <h2 className="setup-step__title">{t("totp.enterCodeTitle")}</h2>
      <VerifyDeviceForm
        device={enrolment.device}
        offerDefault={offerDefault}
        onVerified={() => onDone(enrolment.device.name)}
      />
    </div>
  );
}
