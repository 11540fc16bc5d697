import { lazy, type ReactNode } from "react";
import { Redirect } from "../lib/router";
import { NotFoundPage } from "./NotFoundPage";

// Each admin page is its own download, fetched the first time it is opened.
const OverviewPage = lazy(() => import("../features/admin-overview/OverviewPage").then((m) => ({ default: m.OverviewPage })));
const DomainsPage = lazy(() => import("../features/admin-domains/DomainsPage").then((m) => ({ default: m.DomainsPage })));
const MailboxesPage = lazy(() => import("../features/admin-mailboxes/MailboxesPage").then((m) => ({ default: m.MailboxesPage })));
const UserPage = lazy(() => import("../features/admin-mailboxes/UserPage").then((m) => ({ default: m.UserPage })));
const AuditPage = lazy(() => import("../features/admin-audit/AuditPage").then((m) => ({ default: m.AuditPage })));
const AccountPage = lazy(() => import("../features/admin-account/AccountPage").then((m) => ({ default: m.AccountPage })));
const SmsPage = lazy(() => import("../features/admin-sms/SmsPage").then((m) => ({ default: m.SmsPage })));
const ApiKeysPage = lazy(() => import("../features/admin-api-keys/ApiKeysPage").then((m) => ({ default: m.ApiKeysPage })));
const WebhooksPage = lazy(() => import("../features/admin-webhooks/WebhooksPage").then((m) => ({ default: m.WebhooksPage })));
const OutboxPage = lazy(() => import("../features/outbox/OutboxPage").then((m) => ({ default: m.OutboxPage })));

/** Whether an address belongs to the admin area. */
export const isAdminPath = (pathname: string) => pathname === "/admin" || pathname.startsWith("/admin/");

/** The admin page for an address (only called for admins). */
export function adminPage(pathname: string): ReactNode {
  const user = /^\/admin\/users\/([^/]+)$/.exec(pathname);
  if (user?.[1]) return <UserPage id={decodeURIComponent(user[1])} />;
  switch (pathname) {
    case "/admin":
    case "/admin/":
      return <Redirect to="/admin/overview" />;
    case "/admin/overview":
      return <OverviewPage />;
    case "/admin/domains":
      return <DomainsPage />;
    case "/admin/mailboxes":
      return <MailboxesPage />;
    case "/admin/audit":
      return <AuditPage />;
    case "/admin/account":
      return <AccountPage />;
    case "/admin/sms":
      return <SmsPage />;
    case "/admin/api-keys":
      return <ApiKeysPage />;
    case "/admin/webhooks":
      return <WebhooksPage />;
    case "/admin/outbox":
      return <OutboxPage />;
    default:
      return <NotFoundPage />;
  }
}
