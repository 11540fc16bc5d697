import { Alert, Button, Spinner } from "@mfa/ui";
import { lazy, Suspense, type ReactNode } from "react";
import { SignInPage } from "../features/sign-in/SignInPage";
import { errorMessage } from "../lib/error-messages";
import { Redirect, usePathname } from "../lib/router";
import { useSession, type SessionUser } from "../lib/session";
import { adminPage, isAdminPath } from "./admin-routes";
import { AppShell } from "./AppShell";
import { NotAllowedPage } from "./NotAllowedPage";
import { NotFoundPage } from "./NotFoundPage";

// Pages after sign-in load on demand, keeping the first download small.
const SecurityPage = lazy(() => import("../features/security/SecurityPage").then((m) => ({ default: m.SecurityPage })));
const SetupPage = lazy(() => import("../features/setup/SetupPage").then((m) => ({ default: m.SetupPage })));

const SETUP_PATHS: Record<string, "authenticator" | "phone" | undefined> = {
  "/setup": undefined,
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
  const { session, refresh } = useSession();
  const pathname = usePathname();

  switch (session.status) {
    case "loading":
      return <Loading label="Loading the console" />;
    case "unavailable":
      return (
        <main id="main" className="app-status">
          <Alert tone="error" title="The console cannot reach the service">
            {errorMessage(session.error)}
          </Alert>
          <Button onClick={() => void refresh()}>Try again</Button>
        </main>
      );
    case "signed-out":
      return pathname === "/sign-in" ? <SignInPage /> : <Redirect to="/sign-in" />;
    case "setup":
      if (!isSetupPath(pathname)) return <Redirect to="/setup" />;
      return (
        <Shell user={session.user} showNav={false} page={pathname}>
          <SetupPage forced method={SETUP_PATHS[pathname]} />
        </Shell>
      );
    case "signed-in": {
      if (pathname === "/" || pathname === "/sign-in") return <Redirect to="/security" />;
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
  return (
    <AppShell user={user} showNav={showNav}>
      <Suspense key={page} fallback={<Loading label="Loading the page" />}>
        {children}
      </Suspense>
    </AppShell>
  );
}
