import { Alert, Button, CopyButton } from "@mfa/ui";
import { useEffect, useRef } from "react";

export interface NewKeySecretProps {
  name: string;
  secret: string;
  onDone: () => void;
}

/** The new key, shown this once with a copy button and how to use it. */
export function NewKeySecret({ name, secret, onDone }: NewKeySecretProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="api-keys__secret">
      <Alert tone="success" title={`API key “${name}” created`}>
        <p>Copy the key now and keep it somewhere safe: it is shown only this once. Anyone who has it acts as this account’s admin within its scope.</p>
        <p className="api-keys__secret-value">
          <code aria-label="The new API key">{secret}</code>
        </p>
        <p className="api-keys__usage">
          Send it as <code>Authorization: Bearer</code> or <code>X-Auth-Token</code> to the GraphQL API, or exchange it at <code>POST /v2.0/tokens</code> with
          the key’s name as the username.
        </p>
        <div className="admin-page__actions">
          <CopyButton text={secret} label="Copy the key" variant="primary" />
          <Button variant="secondary" onClick={onDone}>
            Done
          </Button>
        </div>
      </Alert>
    </div>
  );
}
