import { Alert } from "@mfa/ui";
import { errorMessage } from "../../lib/error-messages";
import { errorCode, errorReason } from "../../lib/graphql-errors";
import { Link } from "../../lib/router";
import { useTranslation } from "react-i18next";

/**
 * Why a policy could not be saved. Requiring MFA of others is refused while the admin has no
 * verified device of their own: then the way out is their own Security page. Also shown by a preview that
 * already knows the save would be refused.
 */
export function PolicySaveError({ error, reason }: { error?: unknown; reason?: string }) {
  const { t } = useTranslation("admin-shared");
  // `reason`: the preview's `saveRefusal`, the same reason the save would be refused with.
  if ((errorCode(error) === "FORBIDDEN" && errorReason(error) === "ADMIN_MFA_NOT_SET_UP") || reason === "ADMIN_MFA_NOT_SET_UP") {
    return (
      <Alert tone="error" title={t("ownFirst.title")}>
        <p>{t("ownFirst.text")}</p>
        <p>
          <Link to="/security">{t("ownFirst.link")}</Link>
        </p>
      </Alert>
    );
  }
  return <Alert tone="error">{error === undefined ? t("cannotSave") : errorMessage(error)}</Alert>;
}
