import { PageHeader } from "@mfa/ui";
import { useTranslation } from "react-i18next";
import { Link, usePage } from "../lib/router";

/** An admin page reached by someone who is not an admin of the account. */
export function NotAllowedPage() {
  const { t } = useTranslation();
  const headingRef = usePage(t("notAllowed.title"));
  return (
    <>
      <PageHeader headingRef={headingRef} title={t("notAllowed.title")} description={t("notAllowed.description")} />
      <p>
        <Link to="/security">{t("goToSecurity")}</Link>
      </p>
    </>
  );
}
