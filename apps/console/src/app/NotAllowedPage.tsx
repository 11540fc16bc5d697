import { PageHeader } from "@mfa/ui";
import { Link, usePage } from "../lib/router";

/** An admin page reached by someone who is not an admin of the account. */
export function NotAllowedPage() {
  const headingRef = usePage("Not allowed");
  return (
    <>
      <PageHeader headingRef={headingRef} title="Not allowed" description="This page is for the account’s administrators only." />
      <p>
        <Link to="/security">Go to your security settings</Link>
      </p>
    </>
  );
}
