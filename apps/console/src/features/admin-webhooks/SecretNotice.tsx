import { Alert, Button, CopyButton } from "@mfa/ui";
import { useEffect, useRef } from "react";
import { Trans, useTranslation } from "react-i18next";

export interface SecretNoticeProps {
  url: string;
  secret: string;
  /** A rotation: the previous secret keeps signing for a day. */
  rotated?: boolean;
  onDone: () => void;
}

/** The signing secret of an endpoint, shown this once, with a copy button. */
export function SecretNotice({ url, secret, rotated = false, onDone }: SecretNoticeProps) {
  const { t } = useTranslation("admin-webhooks");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="webhooks__secret">
      <Alert tone="success" title={rotated ? t("secret.rotated") : t("secret.added")}>
        <p>
          <Trans t={t} i18nKey="secret.text" values={{ url }} components={{ 1: <span className="admin-page__mono" /> }} />
          {rotated && t("secret.previous")}
        </p>
        <p className="webhooks__secret-value">
          <code aria-label={t("secret.label")}>{secret}</code>
        </p>
        <div className="admin-page__actions">
          <CopyButton text={secret} label={t("secret.copy")} />
          <Button variant="secondary" onClick={onDone}>
            {t("secret.done")}
          </Button>
        </div>
      </Alert>
    </div>
  );
}
