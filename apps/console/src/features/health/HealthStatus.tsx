import { useQuery } from "@apollo/client/react";
import { Spinner } from "@mfa/ui";
import { graphql } from "../../gql";
import { describeError } from "../../lib/graphql-errors";
import "./health-status.css";
import { useTranslation } from "react-i18next";
import { i18n } from "../../i18n/i18n";

export const HealthDocument = graphql(`
  query Health {
    health {
      status
      database
    }
  }
`);

const READY_STATES = new Set(["ok", "ready", "up", "pass", "healthy"]);
/** What the service answers instead of the engine to anyone but a signed-in account admin. */
const UNDISCLOSED = "undisclosed";

/** Words for the service's reported status. */
function describeStatus(status: string): string {
  return READY_STATES.has(status.toLowerCase()) ? i18n.t("health:ready") : i18n.t("health:status", { status });
}

/** The health line: the status, and the database engine when the service names it (to admins only). */
function describeHealth(health: { status: string; database: string }): string {
  const status = describeStatus(health.status);
  return health.database && health.database !== UNDISCLOSED ? i18n.t("health:withDatabase", { status, database: health.database }) : status;
}

/** One quiet line telling whether the service and its database answer. */
export function HealthStatus() {
  const { t } = useTranslation("health");
  const { data, loading, error } = useQuery(HealthDocument, { fetchPolicy: "network-only" });

  let content;
  let down = false;
  if (loading) {
    content = (
      <>
        <Spinner decorative size="small" /> {t("checking")}
      </>
    );
  } else if (error || !data) {
    down = true;
    content = t("unavailable", { reason: error ? describeError(error)[0]?.message : t("noAnswer") });
  } else {
    content = describeHealth(data.health);
  }

  // One live region that stays in place, so screen readers hear the change.
  return (
    <p role="status" className={down ? "health-status health-status--down" : "health-status"}>
      {content}
    </p>
  );
}
