import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../features/language/LanguageSwitch";
import { SignOutButton } from "../features/sign-out/SignOutButton";
import { ThemeSwitch } from "../features/theme/ThemeSwitch";
import { Link, usePathname } from "../lib/router";
import type { SessionUser } from "../lib/session";
import { AdminNav } from "./AdminNav";
import "./app-shell.css";

export interface AppShellProps {
  user: SessionUser | null;
  /** False during a forced setup, when no other page is open. */
  showNav: boolean;
  children: ReactNode;
}

const FOCUSABLE = "a[href], button:not([disabled]), select:not([disabled]), input:not([disabled])";

/**
 * The frame of signed-in pages: product, navigation (with the admin area for admins), who is signed in, the
 * theme, sign out. Below 640 px all but the product collapse behind a Menu button.
 */
export function AppShell({ user, showNav, children }: AppShellProps) {
  const { t } = useTranslation();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const pathname = usePathname();

  // A followed link closes the menu (the new page's heading takes focus).
  useEffect(() => setOpen(false), [pathname]);

  // Into the menu on opening: its first link is where a keyboard user goes next.
  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, [open]);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== "Escape" || !open) return;
    event.preventDefault();
    setOpen(false);
    buttonRef.current?.focus();
  }

  return (
    <div className="shell">
      <a className="shell__skip" href="#main">
        {t("shell.skip")}
      </a>
      <header className="shell__header" onKeyDown={onKeyDown}>
        <div className="shell__bar">
          <span className="shell__product">{t("product")}</span>
          <button
            ref={buttonRef}
            type="button"
            className="ui-button ui-button--secondary shell__menu-button"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen((value) => !value)}
          >
            <span className="shell__menu-icon" aria-hidden="true" />
            {t("shell.menu")}
          </button>
          <div id={panelId} ref={panelRef} className="shell__panel" data-open={open}>
            {showNav && (
              <nav aria-label={t("shell.main")} className="shell__nav">
                <Link to="/security" className="shell__link">
                  {t("shell.security")}
                </Link>
              </nav>
            )}
            <div className="shell__user">
              {user && (
                <span className="shell__name" title={user.username}>
                  {user.displayName || user.username}
                </span>
              )}
              <LanguageSwitch />
              <ThemeSwitch />
              <SignOutButton />
            </div>
            {showNav && user?.kind === "ADMIN" && (
              <div className="shell__admin-row">
                <AdminNav />
              </div>
            )}
          </div>
        </div>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
