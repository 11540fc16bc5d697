import { useMutation } from "@apollo/client/react";
import { Button } from "@mfa/ui";
import { useState } from "react";
import { graphql } from "../../gql";
import { useNotice } from "../../lib/notice";
import { useSession } from "../../lib/session";

const LogoutDocument = graphql(`
  mutation Logout {
    logout {
      ok
    }
  }
`);

/** Ends the session on the service (the cookie goes with it) and returns to sign-in. */
export function SignOutButton() {
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
    showNotice({ path: "/sign-in", message: "You have signed out." });
    await refresh();
    setBusy(false);
  }

  return (
    <Button variant="secondary" onClick={signOut} loading={busy}>
      Sign out
    </Button>
  );
}
