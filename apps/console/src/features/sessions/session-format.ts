import type { SignInMethod } from "../../gql/graphql";
import { i18n } from "../../i18n/i18n";
import { formatList } from "../../lib/format";

/** "Firefox on Linux", "An unknown browser". */
export function sessionTitle(session: { browser?: string | null; os?: string | null }): string {
  const browser = session.browser ?? i18n.t("sessions:unknownBrowser");
  return session.os ? i18n.t("sessions:browserOn", { browser, os: session.os }) : browser;
}

/** "with password and authenticator code": how a sign-in was proven, as a list in the current language. */
export function provenBy(methods: readonly SignInMethod[]): string {
  if (methods.length === 0) return "";
  return i18n.t("sessions:provenBy", { methods: formatList(methods.map((m: SignInMethod) => i18n.t(`sessions:method.${m}`))) });
}
