import { useMutation } from "@apollo/client/react";
import { Alert, Button, ConfirmDialog } from "@mfa/ui";
import { useState } from "react";
import { graphql } from "../../gql";
import type { PolicyLevel } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";
import { useReauth } from "../reauth/ReauthProvider";

export const RemoveAllDevicesDocument = graphql(`
  mutation RemoveAllDevices {
    removeAllDevices {
      security {
        ...SecurityPage_security
      }
    }
  }
`);

/** "Remove all devices": every device and recovery code goes, and MFA turns off. */
export function RemoveAllDevices({ policy }: { policy: PolicyLevel }) {
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const guard = useReauth();
  const [removeAll, { loading }] = useMutation(RemoveAllDevicesDocument);

  async function confirm() {
    setOpen(false);
    setProblem(null);
    try {
      await guard(() => removeAll());
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)} loading={loading}>
        Remove all devices
      </Button>
      {problem && <Alert tone="error">{problem}</Alert>}
      <ConfirmDialog
        open={open}
        title="Remove all devices?"
        confirmLabel="Remove all devices"
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      >
        <p>
          All your devices and recovery codes will be removed and multi-factor authentication will be turned off.
          {policy === "REQUIRED" && " Your administrator requires it, so you will set it up again at your next sign-in."}
        </p>
      </ConfirmDialog>
    </>
  );
}
