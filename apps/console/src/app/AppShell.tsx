import type { ReactNode } from "react";
import { SignOutButton } from "../features/sign-out/SignOutButton";
import { Link } from "../lib/router";
import type { SessionUser } from "../lib/session";
import { AdminNav } from "./AdminNav";
import "./app-shell.css";

export interface AppShellProps {
  user: SessionUser | null;
  /** False during a forced setup, when no other page is open. */
  showNav: boolean;
  children: ReactNode;
}

/** The frame of signed-in pages: product, navigation (with the admin area for admins), who is signed in, sign out. */
export function AppShell({ user, showNav, children }: AppShellProps) {
  return (
    <div className="shell">
      <a className="shell__skip" href="#main">
        Skip to content
      </a>
      <header className="shell__header">
        <div className="shell__bar">
          <span className="shell__product">MFA Console</span>
          {showNav && (
            <nav aria-label="Main" className="shell__nav">
              <Link to="/security" className="shell__link">
                Security
              </Link>
            </nav>
          )}
          <div className="shell__user">
            {user && (
              <span className="shell__name" title={user.username}>
                {user.displayName || user.username}
              </span>
            )}
            <SignOutButton />
          </div>
        </div>
        {showNav && user?.kind === "ADMIN" && (
          <div className="shell__bar shell__bar--admin">
            <AdminNav />
          </div>
        )}
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
