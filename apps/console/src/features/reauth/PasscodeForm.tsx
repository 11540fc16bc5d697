import { Alert, Button, CodeInput, RadioGroup, TextField } from "@mfa/ui";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { DeviceKind } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";
import { errorCode } from "../../lib/graphql-errors";
import { TextedCodeHint } from "../sms-outbox/TextedCodeHint";
import { PasskeyStepUp } from "./PasskeyStepUp";
import { ResendTextButton } from "./ResendTextButton";
import { useReauthenticate } from "./use-reauthenticate";
import { useStepUpText } from "./use-step-up-text";
import { Trans, useTranslation } from "react-i18next";

export interface StepUpDevice {
  id: string;
  kind: DeviceKind;
  name: string;
  maskedPhone?: string | null;
  isDefault: boolean;
}

export interface PasscodeFormProps {
  /** The user's verified devices (at least one). */
  devices: readonly StepUpDevice[];
  onBusy: (busy: boolean) => void;
  onDone: (confirmed: boolean) => void;
}

type Method = "passkey" | "app" | "text" | "recovery";

/**
 * The step-up of a user with a verified device: a passkey (first when there is one), a code from the
 * authenticator app, a code texted to a phone, or a recovery code. The password alone is not enough.
 */
export function PasscodeForm({ devices, onBusy, onDone }: PasscodeFormProps) {
  const { t } = useTranslation("reauth");
  const passkeys = devices.filter((d) => d.kind === "WEBAUTHN");
  const apps = devices.filter((d) => d.kind === "TOTP");
  const phones = devices.filter((d) => d.kind === "SMS").sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
  const [method, setMethod] = useState<Method>(passkeys.length > 0 ? "passkey" : apps.length > 0 ? "app" : phones.length > 0 ? "text" : "recovery");
  const [phoneId, setPhoneId] = useState(phones[0]?.id ?? "");
  const [code, setCode] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [locked, setLocked] = useState<string | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const text = useStepUpText();
  const [reauthenticate, { loading }] = useReauthenticate();

  useEffect(() => onBusy(loading || text.sending), [loading, text.sending, onBusy]);

  const phone = phones.find((p) => p.id === phoneId) ?? phones[0];
  const texted = phone && text.texted?.deviceId === phone.id ? text.texted : null;
  /** A phone is chosen but no code went to it yet: the form sends one first. */
  const awaitingText = method === "text" && !texted;

  const focusCode = () => setTimeout(() => codeRef.current?.focus());

  function choose(next: Method) {
    setMethod(next);
    setCode("");
    setFieldError(undefined);
    setProblem(null);
    focusCode();
  }

  async function sendText(deviceId: string) {
    setProblem(null);
    const refusal = await text.send(deviceId);
    if (refusal?.locked) setLocked(refusal.message);
    else if (refusal) setProblem(refusal.message);
    else focusCode();
  }

  function textMe() {
    choose("text");
    if (phone) void sendText(phone.id);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (awaitingText) {
      if (phone) await sendText(phone.id);
      return;
    }
    const passcode = code.trim();
    if (method === "recovery" ? passcode.length === 0 : passcode.length < 6) {
      setFieldError(method === "recovery" ? t("enterRecovery") : t("enterDigits"));
      codeRef.current?.focus();
      return;
    }
    setFieldError(undefined);
    setProblem(null);
    const input = method === "text" && texted ? { passcode, challengeId: texted.challengeId, deviceId: texted.deviceId } : { passcode };
    try {
      await reauthenticate({ variables: { input } });
      onDone(true);
    } catch (error) {
      const code = errorCode(error);
      if (code === "INVALID_PASSCODE") {
        setFieldError(errorMessage(error));
        setCode("");
        codeRef.current?.focus();
      } else if (code === "ACCOUNT_LOCKED") {
        setLocked(errorMessage(error));
      } else if (code === "LOGIN_EXPIRED") {
        text.forget();
        setCode("");
        setProblem(t("expired"));
      } else {
        setProblem(errorMessage(error));
      }
    }
  }

  if (locked) {
    return (
      <>
        <Alert tone="error" title={t("lockedTitle")}>
          {locked}
        </Alert>
        <div className="ui-dialog__actions">
          <Button variant="secondary" onClick={() => onDone(false)}>
            {t("close")}
          </Button>
        </div>
      </>
    );
  }

  const alternatives = (
    <>
      {method !== "passkey" && passkeys.length > 0 && (
        <Button variant="secondary" onClick={() => choose("passkey")}>
          {t("usePasskey")}
        </Button>
      )}
      {method !== "app" && apps.length > 0 && (
        <Button variant="secondary" onClick={() => choose("app")}>
          {t("useApp")}
        </Button>
      )}
      {method !== "text" && phones.length > 0 && (
        <Button variant="secondary" onClick={textMe}>
          {t("textMe")}
        </Button>
      )}
      {method !== "recovery" && (
        <Button variant="secondary" onClick={() => choose("recovery")}>
          {t("useRecovery")}
        </Button>
      )}
    </>
  );

  if (method === "passkey") {
    return <PasskeyStepUp names={passkeys.map((p) => p.name)} onBusy={onBusy} onDone={onDone} onLocked={setLocked} alternatives={alternatives} />;
  }

  const number = (key: "leadTexted" | "leadWillText", masked: string | null | undefined) => (
    <Trans t={t} i18nKey={key} values={{ phone: masked ?? t("yourPhone") }} components={{ 1: <span className="reauth__number" /> }} />
  );
  let lead: ReactNode;
  if (method === "recovery") lead = t("leadRecovery");
  else if (method === "app") lead = apps.length === 1 ? t("leadOneApp", { name: apps[0]?.name }) : t("leadApps");
  else if (texted) lead = number("leadTexted", texted.sentTo);
  else lead = number("leadWillText", phone?.maskedPhone);

  return (
    <form noValidate onSubmit={handleSubmit} aria-label={t("codeFormLabel")} className="reauth__form">
      <p className="reauth__lead">{lead}</p>
      {texted && method === "text" && <TextedCodeHint />}
      {problem && <Alert tone="error">{problem}</Alert>}
      {method === "text" && phones.length > 1 && (
        <RadioGroup
          legend={t("textTo")}
          options={phones.map((p) => ({ value: p.id, label: t("phoneOption", { phone: p.maskedPhone ?? t("phone"), name: p.name }) }))}
          value={phone?.id ?? null}
          onChange={setPhoneId}
          disabled={text.sending}
        />
      )}
      {method === "recovery" ? (
        <TextField
          ref={codeRef}
          label={t("recoveryCode")}
          name="recovery-code"
          hint={t("recoveryHint")}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          autoFocus
          required
          value={code}
          error={fieldError}
          onChange={(event) => setCode(event.currentTarget.value)}
        />
      ) : (
        !awaitingText && (
          <CodeInput ref={codeRef} label={t("code")} name="code" maxLength={8} autoFocus required value={code} error={fieldError} onChange={setCode} />
        )
      )}
      {texted && method === "text" && phone && (
        <ResendTextButton availableAt={text.availableAt} sending={text.sending} onSend={() => void sendText(phone.id)} />
      )}
      <div className="reauth__alternatives">{alternatives}</div>
      <div className="ui-dialog__actions">
        <Button variant="secondary" onClick={() => onDone(false)} disabled={loading}>
          {t("cancel")}
        </Button>
        {awaitingText ? (
          <Button type="submit" loading={text.sending}>
            {t("textMe")}
          </Button>
        ) : (
          <Button type="submit" loading={loading}>
            {t("confirm")}
          </Button>
        )}
      </div>
    </form>
  );
}
