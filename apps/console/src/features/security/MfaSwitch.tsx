import { useMutation } from "@apollo/client/react";
import { Alert, Checkbox } from "@mfa/ui";
import { useState } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { navigate } from "../../lib/router";
import { useReauth } from "../reauth/ReauthProvider";

const SetMfaEnabledDocument = graphql(`
  mutation SetMfaEnabled($enabled: Boolean!) {
    setMfaEnabled(enabled: $enabled) {
      security {
        ...SecurityPage_security
      }
    }
  }
`);

export interface MfaSwitchProps {
  enabled: boolean;
  /** Whether the user has a verified device; without one, turning MFA on opens the setup wizard. */
  hasDevice: boolean;
}

/** The user's own on/off switch, where the policy leaves the choice to them. */
export function MfaSwitch({ enabled, hasDevice }: MfaSwitchProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const guard = useReauth();
  const [setMfaEnabled, { loading }] = useMutation(SetMfaEnabledDocument);

  async function toggle(next: boolean) {
    setProblem(null);
    if (next && !hasDevice) {
      navigate("/setup");
      return;
    }
    try {
      await guard(() => setMfaEnabled({ variables: { enabled: next } }));
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  return (
    <>
      {problem && <Alert tone="error">{problem}</Alert>}
      <Checkbox
        switch
        label="Multi-factor authentication"
        hint={enabled ? "On: every sign-in asks for a code." : "Off: your password alone signs you in."}
        checked={enabled}
        disabled={loading}
        onChange={(event) => void toggle(event.currentTarget.checked)}
      />
    </>
  );
}
