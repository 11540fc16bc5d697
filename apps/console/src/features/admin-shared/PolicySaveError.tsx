import { Alert } from "@mfa/ui";
import { errorMessage } from "../../lib/error-messages";
import { errorCode, errorReason } from "../../lib/graphql-errors";
import { Link } from "../../lib/router";

/**
 * Why a policy could not be saved. Requiring MFA of others is refused while the admin has no
 * verified device of their own: then the way out is their own Security page.
 */
export function PolicySaveError({ error }: { error: unknown }) {
  if (errorCode(error) === "FORBIDDEN" && errorReason(error) === "ADMIN_MFA_NOT_SET_UP") {
    return (
      <Alert tone="error" title="Set up your own multi-factor authentication first">
        <p>You can only require multi-factor authentication of others once your own login has a verified device.</p>
        <p>
          <Link to="/security">Set it up on your Security page</Link>
        </p>
      </Alert>
    );
  }
  return <Alert tone="error">{errorMessage(error)}</Alert>;
}
