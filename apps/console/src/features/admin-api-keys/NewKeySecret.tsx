import { Alert, Button, CopyButton } from "@mfa/ui";
import { useEffect, useRef } from "react";
import { Trans, useTranslation } from "react-i18next";

export interface NewKeySecretProps {
  name: string;
  secret: string;
  onDone: () => void;
}

/** The new key, shown this once with a copy button and how to use it. */
export function NewKeySecret({ name, secret, onDone }: NewKeySecretProps) {
  const { t } = useTranslation("admin-api-keys");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="api-keys__secret">
      <Alert tone="success" title={t("secret.title", { name })}>
        <p>{t("secret.copyNow")}</p>
        <p className="api-keys__secret-value">
          <code aria-label={t("secret.label")}>{secret}</code>
        </p>
        <p className="api-keys__usage">
          <Trans t={t} i18nKey="secret.usage" components={{ 1: <code />, 3: <code />, 5: <code /> }} />
        </p>
        <div className="admin-page__actions">
          <CopyButton text={secret} label={t("secret.copy")} variant="primary" />
          <Button variant="secondary" onClick={onDone}>
            {t("secret.done")}
          </Button>
        </div>
      </Alert>
    </div>
  );
}
