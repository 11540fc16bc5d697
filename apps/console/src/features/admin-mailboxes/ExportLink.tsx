import type { MfaStatus } from "../../gql/graphql";
import { useTranslation } from "react-i18next";

/** The address of the mailboxes table as CSV, with the filters on screen (the service streams it as it reads). */
export function exportHref(domainId: string, status: MfaStatus | null, search: string): string {
  const query = new URLSearchParams({ domainId });
  if (status) query.set("mfaStatus", status);
  if (search) query.set("search", search);
  return `/exports/mailboxes.csv?${query.toString()}`;
}

/** "Download CSV": the browser fetches it with the console's session cookie and saves it. */
export function ExportLink({ domainId, domainName, status, search }: { domainId: string; domainName: string; status: MfaStatus | null; search: string }) {
  const { t } = useTranslation("admin-mailboxes");
  const filtered = status !== null || search !== "";
  return (
    <a className="ui-button ui-button--secondary export-link" href={exportHref(domainId, status, search)} download={`mailboxes-${domainName}.csv`}>
      {filtered ? t("exportFiltered") : t("export")}
    </a>
  );
}
