import { useQuery } from "@apollo/client/react";
import { Alert, Button, Card, PageHeader, Spinner } from "@mfa/ui";
import { useState } from "react";
import { getFragmentData, graphql } from "../../gql";
import type { DeviceKind } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";
import { useNotice } from "../../lib/notice";
import { navigate, usePage } from "../../lib/router";
import { AlternateEmail } from "../alternate-email/AlternateEmail";
import { AppPasswords } from "../app-passwords/AppPasswords";
import { RecoveryCodesPanel } from "../recovery-codes/RecoveryCodesPanel";
import { AddPasskeyButton } from "../passkeys/AddPasskeyDialog";
import { RememberedBrowsers } from "../remembered-browsers/RememberedBrowsers";
import { SignedInSessions } from "../sessions/SignedInSessions";
import { DeviceList } from "./DeviceList";
import { MfaSwitch } from "./MfaSwitch";
import { RemoveAllDevices } from "./RemoveAllDevices";
import "./security.css";
import { Trans, useTranslation } from "react-i18next";
import { currentLanguage } from "../../i18n/i18n";

const SecurityPageFragment = graphql(`
  fragment SecurityPage_security on Security {
    policy
    policyExplanation
    mfaEnabled
    canChangeMfaEnabled
    canEnroll
    acceptedKinds
    recoveryCodesLeft
    locked
    canCreateAppPasswords
    appPasswordsUnavailableReason
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
  const { t } = useTranslation("security");
  const headingRef = usePage(t("title"));
  const { notice, dismissNotice, showNotice } = useNotice();
  // A new list after "Remove all devices": the messages about the old devices go with them.
  const [listGeneration, setListGeneration] = useState(0);
  const { data, error, loading, refetch } = useQuery(SecurityPageDocument, { fetchPolicy: "cache-and-network" });

  const header = (
    <PageHeader
      headingRef={headingRef}
      title={t("title")}
      description={t("description")}
    />
  );

  if (!data) {
    return (
      <div className="security">
        {header}
        {error ? (
          <Alert tone="error" title={t("loadFailed")}>
            <p>{errorMessage(error)}</p>
            <Button variant="secondary" onClick={() => refetch().catch(() => {})} loading={loading}>
              {t("tryAgain")}
            </Button>
          </Alert>
        ) : (
          <Spinner label={t("loading")} showLabel />
        )}
      </div>
    );
  }

  const security = getFragmentData(SecurityPageFragment, data.me.security);
  const hasVerified = security.devices.some((d) => d.verified);
  const stateText = security.mfaEnabled ? t("on") : t("off");
  // The service words the policy in English; other languages word it from the policy level.
  const policyKey = security.policy === "OPTIONAL" ? (security.mfaEnabled ? "policy.optionalOn" : "policy.optionalOff") : `policy.${security.policy}`;
  const explanation = currentLanguage() === "en" ? security.policyExplanation : t(policyKey);
  const accepts = (kind: DeviceKind) => security.acceptedKinds.includes(kind);

  return (
    <div className="security">
      {header}
      {notice && (
        <Alert tone="success" className="security__notice">
          <p>{notice.message}</p>
          {notice.offerRecoveryCodes && security.recoveryCodesLeft === 0 && hasVerified && (
            <p>
              {t("nextRecovery")} <a href="#recovery-codes">{t("goToRecovery")}</a>
            </p>
          )}
          <Button variant="secondary" onClick={dismissNotice}>
            {t("dismiss")}
          </Button>
        </Alert>
      )}

      <Card title={t("mfaCard")}>
        <p className="security__policy">{explanation}</p>
        {security.locked && (
          <Alert tone="error">
            {t("locked")}
          </Alert>
        )}
        {/* With no device yet, the switch (off) opens the setup wizard. */}
        {security.canChangeMfaEnabled || (security.canEnroll && !hasVerified) ? (
          <MfaSwitch enabled={security.mfaEnabled} hasDevice={hasVerified} />
        ) : (
          <p className="security__state">
            <Trans t={t} i18nKey="state" values={{ state: stateText }} components={{ 1: <strong /> }} />
          </p>
        )}
        {security.canEnroll && !hasVerified && (
          <Button onClick={() => navigate("/setup")}>{t("setUp")}</Button>
        )}
      </Card>

      <Card title={t("devicesCard")}>
        <DeviceList key={listGeneration} devices={security.devices} policy={security.policy} onChanged={() => refetch()} />
        <div className="security__actions">
          {security.canEnroll ? (
            <>
              {accepts("WEBAUTHN") && (
                <AddPasskeyButton
                  hasVerified={hasVerified}
                  onAdded={async (name) => {
                    showNotice({ path: "/security", message: t("deviceReady", { name }), offerRecoveryCodes: true });
                    await refetch();
                  }}
                />
              )}
              {accepts("TOTP") && (
                <Button variant="secondary" onClick={() => navigate("/setup/authenticator")}>
                  {t("addAuthenticator")}
                </Button>
              )}
              {accepts("SMS") && (
                <Button variant="secondary" onClick={() => navigate("/setup/phone")}>
                  {t("addPhone")}
                </Button>
              )}
            </>
          ) : (
            <p className="security__hint">{t("notEnabled")}</p>
          )}
          {security.devices.length > 0 && (
            <RemoveAllDevices
              policy={security.policy}
              onRemoved={() => {
                setListGeneration((n) => n + 1);
                showNotice({ path: "/security", message: t("allRemoved") });
              }}
            />
          )}
        </div>
      </Card>

      <Card title={t("recoveryCard")} id="recovery-codes">
        {hasVerified ? (
          <RecoveryCodesPanel left={security.recoveryCodesLeft} />
        ) : (
          <p className="security__hint">{t("recoveryLater")}</p>
        )}
      </Card>

      <Card title={t("alternateCard")} id="alternate-email">
        <AlternateEmail />
      </Card>

      {(security.canCreateAppPasswords || security.mfaEnabled || security.appPasswordsUnavailableReason === "DOMAIN_FORBIDS") && (
        <Card title={t("appPasswordsCard")} id="app-passwords">
          <AppPasswords canCreate={security.canCreateAppPasswords} unavailableReason={security.appPasswordsUnavailableReason ?? null} />
        </Card>
      )}
      {hasVerified && (
        <Card title={t("browsersCard")} id="remembered-browsers">
          <RememberedBrowsers />
        </Card>
      )}
      <Card title={t("sessionsCard")} id="sessions">
        <SignedInSessions />
      </Card>
    </div>
  );
}
