import { useMutation } from "@apollo/client/react";
import { Alert, Button, ConfirmDialog } from "@mfa/ui";
import { useState } from "react";
import { graphql } from "../../gql";
import type { PolicyLevel } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";
import { useReauth } from "../reauth/ReauthProvider";
import { useTranslation } from "react-i18next";

export const RemoveAllDevicesDocument = graphql(`
  mutation RemoveAllDevices {
    removeAllDevices {
      security {
        ...SecurityPage_security
      }
    }
  }
`);

export interface RemoveAllDevicesProps {
  policy: PolicyLevel;
  /** After the removal: what the page said about the devices before no longer holds. */
  onRemoved: () => void;
}

/** "Remove all devices": every device and recovery code goes, and MFA turns off. */
export function RemoveAllDevices({ policy, onRemoved }: RemoveAllDevicesProps) {
  const { t } = useTranslation("security");
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const guard = useReauth();
  const [removeAll, { loading }] = useMutation(RemoveAllDevicesDocument);

  async function confirm() {
    setOpen(false);
    setProblem(null);
    try {
      // Undefined: the user did not confirm it was them.
      if ((await guard(() => removeAll())) !== undefined) onRemoved();
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)} loading={loading}>
        {t("removeAll.button")}
      </Button>
      {problem && <Alert tone="error">{problem}</Alert>}
      <ConfirmDialog
        open={open}
        title={t("removeAll.title")}
        confirmLabel={t("removeAll.confirm")}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      >
        <p>
          {t("removeAll.text")}
          {(policy === "REQUIRED" || policy === "PHISHING_RESISTANT") && ` ${t("list.requiredAgain")}`}
        </p>
      </ConfirmDialog>
    </>
  );
}
