import { useQuery } from "@apollo/client/react";
import { Spinner } from "@mfa/ui";
import { graphql } from "../../gql";
import { describeError } from "../../lib/graphql-errors";
import "./health-status.css";

export const HealthDocument = graphql(`
  query Health {
    health {
      status
      database
    }
  }
`);

const READY_STATES = new Set(["ok", "ready", "up", "pass", "healthy"]);

/** Words for the service's reported status. */
function describeStatus(status: string): string {
  return READY_STATES.has(status.toLowerCase()) ? "Service ready" : `Service status: ${status}`;
}

/** One quiet line telling whether the service and its database answer. */
export function HealthStatus() {
  const { data, loading, error } = useQuery(HealthDocument, { fetchPolicy: "network-only" });

  let content;
  let down = false;
  if (loading) {
    content = (
      <>
        <Spinner decorative size="small" /> Checking the service…
      </>
    );
  } else if (error || !data) {
    down = true;
    content = <>Service unavailable · {error ? describeError(error)[0]?.message : "no answer"}</>;
  } else {
    content = (
      <>
        {describeStatus(data.health.status)} · database: {data.health.database}
      </>
    );
  }

  // One live region that stays in place, so screen readers hear the change.
  return (
    <p role="status" className={down ? "health-status health-status--down" : "health-status"}>
      {content}
    </p>
  );
}
