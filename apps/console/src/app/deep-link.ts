import type { UserKind } from "../gql/graphql";
import { landingPath } from "../lib/landing";
import { isAdminPath } from "./admin-routes";

/**
 * A deep link survives sign-in: a visitor without a session is sent to `/sign-in?next=<where they were going>`,
 * and after the password and the second step lands there. Only an address of this console is followed (a path,
 * never `//host` or a scheme), and an admin page only for an admin.
 */

const NO_RETURN = new Set(["/", "/sign-in"]);

/** The sign-in address for a visitor who asked for `pathname` + `search`. */
export function signInAddress(pathname: string, search: string): string {
  if (NO_RETURN.has(pathname)) return "/sign-in";
  return `/sign-in?${new URLSearchParams({ next: `${pathname}${search}` }).toString()}`;
}

/**
 * Where a user who just signed in goes: the `next` of the sign-in address when it is safe for them, else their
 * landing page (an admin's Overview, anyone else's Security page).
 */
export function landingAfterSignIn(search: string, kind: UserKind | null | undefined): string {
  const landing = landingPath(kind);
  const next = new URLSearchParams(search).get("next") ?? "";
  if (!/^\/(?![/\\])[^\s]*$/.test(next)) return landing;
  const path = next.split(/[?#]/)[0] ?? "";
  if (NO_RETURN.has(path)) return landing;
  if (isAdminPath(path) && kind !== "ADMIN") return landing;
  return next;
}
