import { Alert } from "@mfa/ui";
import { Link } from "../../lib/router";
import { SignOutButton } from "../sign-out/SignOutButton";

/**
 * An admin who has a second factor but signed in without it (MFA_REQUIRED): account administration
 * needs a sign-in that passed it. The way out is to sign in again, with the factor.
 */
export function MfaRequiredNotice() {
  return (
    <Alert tone="warning" title="Sign in again with your second factor to manage the account">
      <p>You signed in with your password only. Managing the account needs a sign-in with a code from your device.</p>
      <p>
        Sign-in asks for the code while multi-factor authentication is on for you: if it is off, turn it on first on
        your <Link to="/security">Security page</Link>.
      </p>
      <SignOutButton
        label="Sign out and sign in again"
        notice="Sign in with your second factor to manage the account."
        variant="primary"
      />
    </Alert>
  );
}
