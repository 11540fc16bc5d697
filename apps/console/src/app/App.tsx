import { Alert, Button, Spinner } from "@mfa/ui";
import { lazy, Suspense, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { SignInPage } from "../features/sign-in/SignInPage";
import { errorMessage } from "../lib/error-messages";
import { landingPath } from "../lib/landing";
import { Redirect, usePathname, useSearchParams } from "../lib/router";
import { useSession, type SessionUser } from "../lib/session";
import { adminPage, isAdminPath } from "./admin-routes";
import { AppShell } from "./AppShell";
import { landingAfterSignIn, signInAddress } from "./deep-link";
import { NotAllowedPage } from "./NotAllowedPage";
import { NotFoundPage } from "./NotFoundPage";

// Pages after sign-in load on demand, keeping the first download small.
const SecurityPage = lazy(() => import("../features/security/SecurityPage").then((m) => ({ default: m.SecurityPage })));
const SetupPage = lazy(() => import("../features/setup/SetupPage").then((m) => ({ default: m.SetupPage })));

const SETUP_PATHS: Record<string, "authenticator" | "phone" | "passkey" | undefined> = {
  "/setup": undefined,
  "/setup/passkey": "passkey",
  "/setup/authenticator": "authenticator",
  "/setup/phone": "phone",
};
const isSetupPath = (path: string) => Object.hasOwn(SETUP_PATHS, path);

function Loading({ label }: { label: string }) {
  return (
    <div className="app-status">
      <Spinner label={label} showLabel />
    </div>
  );
}

/** The page for an address, given who is signed in. */
export function App() {
  const { t } = useTranslation();
  const { session, refresh } = useSession();
  const pathname = usePathname();
  const search = useSearchParams().toString();

  switch (session.status) {
    case "loading":
      return <Loading label={t("app.loadingConsole")} />;
    case "unavailable":
      return (
        <main id="main" className="app-status">
          <Alert tone="error" title={t("app.unavailable")}>
            {errorMessage(session.error)}
          </Alert>
          <Button onClick={() => void refresh()}>{t("tryAgain")}</Button>
        </main>
      );
    case "signed-out":
      return pathname === "/sign-in" ? <SignInPage /> : <Redirect to={signInAddress(pathname, search ? `?${search}` : "")} />;
    case "setup":
      if (!isSetupPath(pathname)) return <Redirect to="/setup" />;
      return (
        <Shell user={session.user} showNav={false} page={pathname}>
          <SetupPage forced enforceFrom={session.enforceFrom} acceptedKinds={session.acceptedKinds} method={SETUP_PATHS[pathname]} />
        </Shell>
      );
    case "signed-in": {
      if (pathname === "/") return <Redirect to={landingPath(session.user.kind)} />;
      if (pathname === "/sign-in") return <Redirect to={landingAfterSignIn(search, session.user.kind)} />;
      let page: ReactNode;
      if (pathname === "/security") page = <SecurityPage />;
      else if (isSetupPath(pathname)) page = <SetupPage forced={false} method={SETUP_PATHS[pathname]} />;
      else if (isAdminPath(pathname)) page = session.user.kind === "ADMIN" ? adminPage(pathname) : <NotAllowedPage />;
      else page = <NotFoundPage />;
      return (
        <Shell user={session.user} showNav page={pathname}>
          {page}
        </Shell>
      );
    }
  }
}

interface ShellProps {
  user: SessionUser | null;
  showNav: boolean;
  /** The address: each page gets a fresh state (and its heading takes focus). */
  page: string;
  children: ReactNode;
}

function Shell({ user, showNav, page, children }: ShellProps) {
  const { t } = useTranslation();
  return (
    <AppShell user={user} showNav={showNav}>
      <Suspense key={page} fallback={<Loading label={t("app.loadingPage")} />}>
        {children}
      </Suspense>
    </AppShell>
  );
}
