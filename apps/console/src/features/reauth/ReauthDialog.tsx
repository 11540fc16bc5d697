import { useQuery } from "@apollo/client/react";
import { Button, Dialog, Spinner } from "@mfa/ui";
import { useId, useState } from "react";
import { graphql } from "../../gql";
import { errorCode } from "../../lib/graphql-errors";
import { LoadError } from "../../lib/LoadError";
import { PasscodeForm } from "./PasscodeForm";
import { PasswordForm } from "./PasswordForm";
import "./reauth.css";
import { useTranslation } from "react-i18next";

export const ReauthFactorsDocument = graphql(`
  query ReauthFactors {
    me {
      id
      security {
        devices {
          id
          kind
          name
          maskedPhone
          verified
          isDefault
        }
      }
    }
  }
`);

export interface ReauthDialogProps {
  open: boolean;
  /** EVERY_TIME for the changes that ask each time (turning MFA off, removing every device). */
  reason?: string;
  onDone: (confirmed: boolean) => void;
}

/** "Confirm it's you": the strongest factor the user has (a code from a device or a recovery code), else the password. */
export function ReauthDialog({ open, reason, onDone }: ReauthDialogProps) {
  const { t } = useTranslation("reauth");
  const [busy, setBusy] = useState(false);
  const introId = useId();

  function done(confirmed: boolean) {
    setBusy(false);
    onDone(confirmed);
  }

  return (
    <Dialog open={open} title={t("title")} onCancel={() => done(false)} busy={busy} describedBy={introId} className="reauth">
      <p id={introId} className="ui-dialog__body">
        {reason === "EVERY_TIME"
          ? t("everyTime")
          : t("recent")}
      </p>
      <ReauthMethods onBusy={setBusy} onDone={done} />
    </Dialog>
  );
}

interface ReauthMethodsProps {
  onBusy: (busy: boolean) => void;
  onDone: (confirmed: boolean) => void;
}

/** Mounted each time the dialog opens: reads the user's devices afresh and offers the matching form. */
function ReauthMethods({ onBusy, onDone }: ReauthMethodsProps) {
  const { t } = useTranslation("reauth");
  const { data, error, loading, refetch } = useQuery(ReauthFactorsDocument, { fetchPolicy: "network-only", notifyOnNetworkStatusChange: true });
  // A setup-only session cannot read `me`; it exists only while the user has no verified device.
  const setupOnly = error !== undefined && errorCode(error) === "MFA_SETUP_REQUIRED";

  if (!data && !setupOnly) {
    return (
      <>
        {error ? (
          <LoadError what={t("methodsWhat")} error={error} onRetry={() => void refetch().catch(() => {})} retrying={loading} />
        ) : (
          <Spinner label={t("loadingMethods")} showLabel />
        )}
        <div className="ui-dialog__actions">
          <Button variant="secondary" onClick={() => onDone(false)}>
            {t("cancel")}
          </Button>
        </div>
      </>
    );
  }

  const devices = data?.me.security.devices.filter((device) => device.verified) ?? [];
  if (devices.length === 0) {
    return <PasswordForm onBusy={onBusy} onDone={onDone} onPasscodeRequired={() => void refetch().catch(() => {})} />;
  }
  return <PasscodeForm devices={devices} onBusy={onBusy} onDone={onDone} />;
}
