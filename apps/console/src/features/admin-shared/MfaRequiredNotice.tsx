import { Alert } from "@mfa/ui";
import { Link } from "../../lib/router";
import { SignOutButton } from "../sign-out/SignOutButton";
import { Trans, useTranslation } from "react-i18next";

/**
 * An admin who has a second factor but signed in without it (MFA_REQUIRED): account administration
 * needs a sign-in that passed it. The way out is to sign in again, with the factor.
 */
export function MfaRequiredNotice() {
  const { t } = useTranslation("admin-shared");
  return (
    <Alert tone="warning" title={t("mfaRequired.title")}>
      <p>{t("mfaRequired.passwordOnly")}</p>
      <p>
        <Trans t={t} i18nKey="mfaRequired.turnOn" components={{ 1: <Link to="/security" /> }} />
      </p>
      <SignOutButton
        label={t("mfaRequired.button")}
        notice={t("mfaRequired.notice")}
        variant="primary"
      />
    </Alert>
  );
}
