import { Button, Dialog } from "@mfa/ui";
import { useState } from "react";
import { PasskeySetup } from "./PasskeySetup";
import { useTranslation } from "react-i18next";

export interface AddPasskeyButtonProps {
  /** Whether the user has a verified device already (then "Make it my default method" is offered). */
  hasVerified: boolean;
  onAdded: (deviceName: string) => void | Promise<void>;
}

/** "Add a passkey or security key" on the Security page: a dialog with the nickname and the browser's prompt. */
export function AddPasskeyButton({ hasVerified, onAdded }: AddPasskeyButtonProps) {
  const { t } = useTranslation("passkeys");
  const [open, setOpen] = useState(false);
  // A fresh form each time the dialog opens.
  const [round, setRound] = useState(0);

  function show() {
    setRound((n) => n + 1);
    setOpen(true);
  }

  return (
    <>
      <Button variant="secondary" onClick={show}>
        {t("add")}
      </Button>
      <Dialog open={open} title={t("dialogTitle")} onCancel={() => setOpen(false)} className="add-passkey">
        {open && (
          <PasskeySetup
            key={round}
            offerDefault={hasVerified}
            forgetPending
            secondaryAction={
              <Button variant="secondary" onClick={() => setOpen(false)}>
                {t("cancel")}
              </Button>
            }
            onDone={async (name) => {
              setOpen(false);
              await onAdded(name);
            }}
          />
        )}
      </Dialog>
    </>
  );
}
