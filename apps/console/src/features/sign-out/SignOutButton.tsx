import { useMutation } from "@apollo/client/react";
import { Button } from "@mfa/ui";
import { useState } from "react";
import { graphql } from "../../gql";
import { useNotice } from "../../lib/notice";
import { useSession } from "../../lib/session";
import { useTranslation } from "react-i18next";

const LogoutDocument = graphql(`
  mutation Logout {
    logout {
      ok
    }
  }
`);

export interface SignOutButtonProps {
  label?: string;
  /** Shown on the sign-in page afterwards. */
  notice?: string;
  variant?: "primary" | "secondary";
}

/** Ends the session on the service (the cookie goes with it) and returns to sign-in. */
export function SignOutButton({ label, notice, variant = "secondary" }: SignOutButtonProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const { refresh } = useSession();
  const { showNotice } = useNotice();
  const [logout] = useMutation(LogoutDocument, { fetchPolicy: "no-cache" });

  async function signOut() {
    setBusy(true);
    try {
      await logout();
    } catch {
      // Already signed out (expired session): nothing more to end.
    }
    showNotice({ path: "/sign-in", message: notice ?? t("signedOutNotice") });
    await refresh();
    setBusy(false);
  }

  return (
    <Button variant={variant} onClick={signOut} loading={busy}>
      {label ?? t("shell.signOut")}
    </Button>
  );
}
