import { PageHeader } from "@mfa/ui";
import { Link, usePage } from "../lib/router";

/** Any address the console does not know. */
export function NotFoundPage() {
  const headingRef = usePage("Page not found");
  return (
    <>
      <PageHeader headingRef={headingRef} title="Page not found" description="There is no page at this address." />
      <p>
        <Link to="/security">Go to your security settings</Link>
      </p>
    </>
  );
}
