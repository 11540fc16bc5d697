import { useEffect, useMemo, useRef, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent, type RefObject } from "react";
import { i18n } from "../i18n/i18n";

/**
 * A tiny router on the History API: the path is the state, `navigate` pushes or replaces
 * it, the back button works, and links stay real links (open in a new tab, copy address).
 */

const listeners = new Set<() => void>();
/** How many times the page changed since the app started (0: the first page). */
let changes = 0;

function notify(counts = true) {
  if (counts) changes += 1;
  for (const listener of listeners) listener();
}

const onPopState = () => notify();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener("popstate", onPopState);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("popstate", onPopState);
  };
}

const currentPath = () => window.location.pathname;
const currentSearch = () => window.location.search;

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (redirects). */
  replace?: boolean;
  /** Whether focus should move to the new page's heading (default true). */
  movesFocus?: boolean;
}

/** Goes to another page of the console. */
export function navigate(to: string, options: NavigateOptions = {}): void {
  if (to === window.location.pathname + window.location.search && !options.replace) return;
  if (options.replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  notify(options.movesFocus ?? true);
}

/** The current path, e.g. "/security"; re-renders on every page change. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, currentPath, () => "/");
}

/** The query string of the address (`?domain=…`); re-renders when it changes. */
export function useSearchParams(): URLSearchParams {
  const search = useSyncExternalStore(subscribe, currentSearch, () => "");
  return useMemo(() => new URLSearchParams(search), [search]);
}

/**
 * Changes parameters of the current address (a filter, a selection) without moving focus: null or "" removes a
 * parameter. It replaces the history entry, or with `push` adds one, so the back button restores the one before.
 */
export function setSearchParams(changes: Record<string, string | null>, options: { push?: boolean } = {}): void {
  const params = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === "") params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  navigate(`${window.location.pathname}${query ? `?${query}` : ""}`, { replace: !options.push, movesFocus: false });
}

/**
 * Names the browser tab after the page and, when the page was reached by navigating (not on
 * first load), moves focus to its heading so screen readers announce the new page.
 */
export function usePage(title: string): RefObject<HTMLHeadingElement | null> {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = i18n.t("pageTitle", { page: title });
  }, [title]);
  useEffect(() => {
    if (changes > 0) heading.current?.focus();
  }, []);
  return heading;
}

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> {
  to: string;
}

/** A link handled by the router; marked as the current page when it points at it (whatever its query). */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const pathname = usePathname();
  const target = to.split(/[?#]/)[0];
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || rest.target) return;
    event.preventDefault();
    navigate(to);
  }
  return <a {...rest} href={to} aria-current={pathname === target ? "page" : undefined} onClick={handleClick} />;
}

/**
 * Sends the browser elsewhere once rendered (for pages that do not fit the session). A redirect
 * on first load leaves focus where the browser put it.
 */
export function Redirect({ to }: { to: string }) {
  useEffect(() => {
    navigate(to, { replace: true, movesFocus: changes > 0 });
  }, [to]);
  return null;
}
