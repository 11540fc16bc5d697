import { useMutation } from "@apollo/client/react";
import { Alert, Checkbox } from "@mfa/ui";
import { useState } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { navigate } from "../../lib/router";
import { useReauth } from "../reauth/ReauthProvider";
import { useTranslation } from "react-i18next";

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
  const { t } = useTranslation("security");
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
        label={t("switch.label")}
        hint={enabled ? t("switch.on") : t("switch.off")}
        checked={enabled}
        disabled={loading}
        onChange={(event) => void toggle(event.currentTarget.checked)}
      />
    </>
  );
}
