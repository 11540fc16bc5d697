import { useQuery } from "@apollo/client/react";
import { Alert, Button, Card, PageHeader, Spinner } from "@mfa/ui";
import { getFragmentData, graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { useNotice } from "../../lib/notice";
import { navigate, usePage } from "../../lib/router";
import { RecoveryCodesPanel } from "../recovery-codes/RecoveryCodesPanel";
import { DeviceList } from "./DeviceList";
import { MfaSwitch } from "./MfaSwitch";
import { RemoveAllDevices } from "./RemoveAllDevices";
import "./security.css";

const SecurityPageFragment = graphql(`
  fragment SecurityPage_security on Security {
    policy
    policyExplanation
    mfaEnabled
    canChangeMfaEnabled
    canEnroll
    recoveryCodesLeft
    locked
    devices {
      id
      verified
      ...DeviceList_device
    }
  }
`);

export const SecurityPageDocument = graphql(`
  query SecurityPage {
    me {
      id
      security {
        ...SecurityPage_security
      }
    }
  }
`);

/** Settings › Security: the policy, the MFA switch, "My Multi-Factor Devices" and recovery codes. */
export function SecurityPage() {
  const headingRef = usePage("Security");
  const { notice, dismissNotice } = useNotice();
  const { data, error, loading, refetch } = useQuery(SecurityPageDocument, { fetchPolicy: "cache-and-network" });

  const header = (
    <PageHeader
      headingRef={headingRef}
      title="Security"
      description="How you prove it’s you when you sign in: your second factors and recovery codes."
    />
  );

  if (!data) {
    return (
      <div className="security">
        {header}
        {error ? (
          <Alert tone="error" title="Your security settings could not be loaded">
            <p>{errorMessage(error)}</p>
            <Button variant="secondary" onClick={() => refetch().catch(() => {})} loading={loading}>
              Try again
            </Button>
          </Alert>
        ) : (
          <Spinner label="Loading your security settings" showLabel />
        )}
      </div>
    );
  }

  const security = getFragmentData(SecurityPageFragment, data.me.security);
  const hasVerified = security.devices.some((d) => d.verified);
  const stateText = security.mfaEnabled ? "On" : "Off";

  return (
    <div className="security">
      {header}
      {notice && (
        <Alert tone="success" className="security__notice">
          <p>{notice.message}</p>
          {notice.offerRecoveryCodes && security.recoveryCodesLeft === 0 && hasVerified && (
            <p>
              Next, make recovery codes (below) so you can still sign in if you lose your device.{" "}
              <a href="#recovery-codes">Go to recovery codes</a>
            </p>
          )}
          <Button variant="secondary" onClick={dismissNotice}>
            Dismiss
          </Button>
        </Alert>
      )}

      <Card title="Multi-factor authentication">
        <p className="security__policy">{security.policyExplanation}</p>
        {security.locked && (
          <Alert tone="error">
            Your account is locked after too many wrong codes. Ask your administrator to unlock it.
          </Alert>
        )}
        {/* With no device yet, the switch (off) opens the setup wizard. */}
        {security.canChangeMfaEnabled || (security.canEnroll && !hasVerified) ? (
          <MfaSwitch enabled={security.mfaEnabled} hasDevice={hasVerified} />
        ) : (
          <p className="security__state">
            Multi-factor authentication: <strong>{stateText}</strong>
          </p>
        )}
        {security.canEnroll && !hasVerified && (
          <Button onClick={() => navigate("/setup")}>Set up multi-factor authentication</Button>
        )}
      </Card>

      <Card title="My Multi-Factor Devices">
        <DeviceList devices={security.devices} policy={security.policy} onChanged={() => refetch()} />
        <div className="security__actions">
          {security.canEnroll ? (
            <>
              <Button variant="secondary" onClick={() => navigate("/setup/authenticator")}>
                Add an authenticator
              </Button>
              <Button variant="secondary" onClick={() => navigate("/setup/phone")}>
                Add a phone
              </Button>
            </>
          ) : (
            <p className="security__hint">Your administrator has not enabled multi-factor authentication for you.</p>
          )}
          {security.devices.length > 0 && <RemoveAllDevices policy={security.policy} />}
        </div>
      </Card>

      <Card title="Recovery codes" id="recovery-codes">
        {hasVerified ? (
          <RecoveryCodesPanel left={security.recoveryCodesLeft} />
        ) : (
          <p className="security__hint">Recovery codes become available once you have a verified device.</p>
        )}
      </Card>
    </div>
  );
}
