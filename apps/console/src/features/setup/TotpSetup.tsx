import { useMutation } from "@apollo/client/react";
import { Alert, Button, CopyButton, QrCode, TextField } from "@mfa/ui";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { EnrollTotpMutation } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";
import { useReauth } from "../reauth/ReauthProvider";
import { VerifyDeviceForm } from "../verify-device/VerifyDeviceForm";

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
}

/** An authenticator app: name it, scan the QR code (or type the key), enter a code from it. */
export function TotpSetup({ offerDefault, onDone }: TotpSetupProps) {
  const [name, setName] = useState("Authenticator app");
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
      setNameError("Enter a name for this authenticator.");
      return;
    }
    setNameError(undefined);
    setProblem(null);
    setBusy(true);
    try {
      const result = await guard(() => enroll({ variables: { input: { name: name.trim() } } }));
      if (result?.data) setEnrolment(result.data.enrollTotp);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  if (!enrolment) {
    return (
      <form noValidate onSubmit={handleSubmit} aria-label="Name your authenticator" className="setup-step">
        {problem && <Alert tone="error">{problem}</Alert>}
        <TextField
          label="Device name"
          name="device-name"
          hint="A nickname that tells you which app or phone this is, e.g. Work phone."
          maxLength={60}
          required
          value={name}
          error={nameError}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <Button type="submit" loading={busy}>
          Continue
        </Button>
      </form>
    );
  }

  return (
    <div className="setup-step">
      <h2 ref={stepHeading} tabIndex={-1} className="setup-step__title">
        Scan the QR code
      </h2>
      <p>
        Open your authenticator app (Google Authenticator, Microsoft Authenticator, Authy, 1Password…), add an
        account and scan this code.
      </p>
      <QrCode src={enrolment.qrCodeDataUrl} alt="QR code for your authenticator app" />
      <p>Can’t scan it? Enter this key in the app instead (time-based):</p>
      <div className="setup-secret">
        <code className="setup-secret__value" data-testid="totp-secret">
          {secretGroups(enrolment.secret).map((group, index) => (
            <span key={index}>{group}</span>
          ))}
        </code>
        <CopyButton text={enrolment.secret} />
      </div>
      <p className="setup-step__note">The key is shown only now. Don’t share it.</p>
      <h2 className="setup-step__title">Enter a code from the app</h2>
      <VerifyDeviceForm
        device={enrolment.device}
        offerDefault={offerDefault}
        onVerified={() => onDone(enrolment.device.name)}
      />
    </div>
  );
}
