import { PageHeader } from "@mfa/ui";
import { useTranslation } from "react-i18next";
import { Link, usePage } from "../lib/router";

/** Any address the console does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  const headingRef = usePage(t("notFound.title"));
  return (
    <>
      <PageHeader headingRef={headingRef} title={t("notFound.title")} description={t("notFound.description")} />
      <p>
        <Link to="/security">{t("goToSecurity")}</Link>
      </p>
    </>
  );
}
