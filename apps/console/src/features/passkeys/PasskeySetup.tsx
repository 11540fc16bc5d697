import { useMutation } from "@apollo/client/react";
import { Alert, Button, Checkbox, TextField } from "@mfa/ui";
import { useEffect, useState, type FormEvent, type ReactNode } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { cancelPasskeyPrompt, createPasskey, passkeyBrowserProblem, passkeysSupported } from "../../lib/webauthn";
import { useReauth } from "../reauth/ReauthProvider";
import "./passkeys.css";
import { useTranslation } from "react-i18next";

export const StartPasskeyDocument = graphql(`
  mutation StartPasskey($input: StartWebAuthnRegistrationInput!) {
    startWebAuthnRegistration(input: $input) {
      optionsJson
      device {
        id
        name
      }
    }
  }
`);

export const FinishPasskeyDocument = graphql(`
  mutation FinishPasskey($input: FinishWebAuthnRegistrationInput!) {
    finishWebAuthnRegistration(input: $input) {
      device {
        id
        kind
        name
        verified
        isDefault
        transports
      }
    }
  }
`);

export const ForgetPendingPasskeyDocument = graphql(`
  mutation ForgetPendingPasskey($deviceId: ID!) {
    removeDevice(deviceId: $deviceId) {
      security {
        devices {
          id
        }
      }
    }
  }
`);

type Stage = "idle" | "starting" | "browser" | "finishing";


export interface PasskeySetupProps {
  /** Offer "Make it my default method" (a first factor becomes the default anyway). */
  offerDefault: boolean;
  /**
   * Whether a pending passkey the browser never answered for is removed again (a full session; a setup-only
   * session cannot remove devices, and its pending ones go with the next reset).
   */
  forgetPending: boolean;
  onDone: (deviceName: string) => void | Promise<void>;
  /** Shown beside "Add it", e.g. Cancel in a dialog. */
  secondaryAction?: ReactNode;
}

/**
 * A passkey or security key: a nickname, then the browser's own prompt (touch the key, or the fingerprint,
 * face or screen lock of this device), then the service checks the answer.
 */
export function PasskeySetup({ offerDefault, forgetPending, onDone, secondaryAction }: PasskeySetupProps) {
  const { t } = useTranslation("passkeys");
  const [name, setName] = useState(() => t("defaultName"));
  const [nameError, setNameError] = useState<string | undefined>();
  const [makeDefault, setMakeDefault] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const [stage, setStage] = useState<Stage>("idle");
  const guard = useReauth();
  const [start] = useMutation(StartPasskeyDocument, { fetchPolicy: "no-cache" });
  const [finish] = useMutation(FinishPasskeyDocument, { fetchPolicy: "no-cache" });
  const [forget] = useMutation(ForgetPendingPasskeyDocument, { fetchPolicy: "no-cache" });
  const supported = passkeysSupported();

  // Leaving (e.g. closing the dialog) ends the browser's prompt too.
  useEffect(() => cancelPasskeyPrompt, []);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const nickname = name.trim();
    if (!nickname) {
      setNameError(t("enterName"));
      return;
    }
    setNameError(undefined);
    setProblem(null);
    setStage("starting");
    let pendingId: string | null = null;
    try {
      const started = await guard(() => start({ variables: { input: { name: nickname } } }));
      const payload = started?.data?.startWebAuthnRegistration;
      if (!payload) return;
      pendingId = payload.device.id;
      setStage("browser");
      const answer = await createPasskey(payload.optionsJson);
      setStage("finishing");
      const input = { deviceId: payload.device.id, webauthnResponse: answer, ...(offerDefault ? { makeDefault } : {}) };
      const finished = await finish({ variables: { input } });
      if (!finished.data) throw new Error(t("noAnswer"));
      pendingId = null;
      await onDone(finished.data.finishWebAuthnRegistration.device.name);
    } catch (error) {
      const fromBrowser = passkeyBrowserProblem(error);
      setProblem(fromBrowser ?? errorMessage(error));
      // The browser said no: the pending passkey will never be answered, so it does not stay listed.
      if (fromBrowser && pendingId && forgetPending) await forget({ variables: { deviceId: pendingId } }).catch(() => {});
    } finally {
      setStage("idle");
    }
  }

  if (!supported) {
    return (
      <Alert tone="warning" title={t("unsupported.title")}>
        {t("unsupported.text")}
      </Alert>
    );
  }

  const busy = stage !== "idle";
  return (
    <form noValidate onSubmit={handleSubmit} aria-label={t("formLabel")} className="passkey-setup">
      <p className="passkey-setup__lead">{t("lead")}</p>
      {problem && <Alert tone="error">{problem}</Alert>}
      <TextField
        label={t("name")}
        name="passkey-name"
        hint={t("nameHint")}
        maxLength={60}
        required
        value={name}
        error={nameError}
        disabled={busy}
        onChange={(event) => setName(event.currentTarget.value)}
      />
      {offerDefault && (
        <Checkbox label={t("makeDefault")} checked={makeDefault} disabled={busy} onChange={(event) => setMakeDefault(event.currentTarget.checked)} />
      )}
      {stage === "browser" && (
        <p className="passkey-setup__waiting" role="status">
          {t("follow")}
        </p>
      )}
      <div className="passkey-setup__actions">
        {secondaryAction}
        <Button type="submit" loading={busy}>
          {t(`stage.${stage}`)}
        </Button>
      </div>
    </form>
  );
}
