import { errorCode } from "../../lib/graphql-errors";
import { LoadError, type LoadErrorProps } from "../../lib/LoadError";
import { MfaRequiredNotice } from "./MfaRequiredNotice";

/** An admin page's data failed to load: the sign-in-again notice for MFA_REQUIRED, else why and "Try again". */
export function AdminLoadError(props: LoadErrorProps) {
  return errorCode(props.error) === "MFA_REQUIRED" ? <MfaRequiredNotice /> : <LoadError {...props} />;
}
