import { PageHeader, Tabs } from "@mfa/ui";
import { setSearchParams, usePage, useSearchParams } from "../../lib/router";
import { EmailOutbox } from "../email-outbox/EmailOutbox";
import { SmsOutbox } from "../sms-outbox/SmsOutbox";
import "../admin-shared/admin.css";
import { useTranslation } from "react-i18next";

type OutboxTab = "texts" | "emails";

/**
 * Admin › Outbox (development): with no SMS provider or mail server configured, the texts and the
 * emails the service sends to the account's users are kept here instead, one tab each. The tab is
 * in the address (`?tab=emails`), so it survives a reload and can be linked to.
 */
export function OutboxPage() {
  const { t } = useTranslation("outbox");
  const headingRef = usePage(t("title"));
  const tab: OutboxTab = useSearchParams().get("tab") === "emails" ? "emails" : "texts";
  return (
    <div className="admin-page">
      <PageHeader
        headingRef={headingRef}
        title={t("title")}
        description={t("description")}
      />
      <Tabs
        label={t("messages")}
        selected={tab}
        onSelect={(next) => setSearchParams({ tab: next === "emails" ? "emails" : null })}
        tabs={[
          { id: "texts", label: t("texts"), panel: <SmsOutbox /> },
          { id: "emails", label: t("emails"), panel: <EmailOutbox /> },
        ]}
      />
    </div>
  );
}
