import "graphiql/style.css";
import "./playground.css";
import { GraphiQL } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createFetcher } from "./fetcher";

const defaultQuery = `# The MFA service's GraphQL API.
# Run with Ctrl+Enter; sign in first for most queries.

query Health {
  health {
    status
    database
  }
}
`;

const container = document.getElementById("playground");
if (!container) throw new Error("The page has no #playground element");

createRoot(container).render(
  <StrictMode>
    <GraphiQL fetcher={createFetcher("/graphql")} defaultQuery={defaultQuery} />
  </StrictMode>,
);
