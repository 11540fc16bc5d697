import { Alert, Button, CopyButton } from "@mfa/ui";
import { useEffect, useRef } from "react";

export interface SecretNoticeProps {
  url: string;
  secret: string;
  /** A rotation: the previous secret keeps signing for a day. */
  rotated?: boolean;
  onDone: () => void;
}

/** The signing secret of an endpoint, shown this once, with a copy button. */
export function SecretNotice({ url, secret, rotated = false, onDone }: SecretNoticeProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="webhooks__secret">
      <Alert tone="success" title={rotated ? "New signing secret" : "Endpoint added"}>
        <p>
          Deliveries to <span className="admin-page__mono">{url}</span> are signed with this secret. Copy it into the receiving system now: it is shown only this once.
          {rotated && " The previous secret also signs deliveries for the next 24 hours."}
        </p>
        <p className="webhooks__secret-value">
          <code aria-label="Signing secret">{secret}</code>
        </p>
        <div className="admin-page__actions">
          <CopyButton text={secret} label="Copy the secret" />
          <Button variant="secondary" onClick={onDone}>
            Done
          </Button>
        </div>
      </Alert>
    </div>
  );
}
