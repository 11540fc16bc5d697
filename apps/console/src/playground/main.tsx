import "graphiql/style.css";
import "./playground.css";
import { GraphiQL } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createFetcher } from "./fetcher";
import { OpeningTabVariables, SharedHeaders } from "./editor-sync";
import { DEFAULT_HEADERS, PLAYGROUND_TABS } from "./tabs";

/** Every tab starts with the header panel pre-filled for a bearer token. */
const tabs = PLAYGROUND_TABS.map((tab) => ({ ...tab, headers: DEFAULT_HEADERS }));

const container = document.getElementById("playground");
if (!container) throw new Error("The page has no #playground element");

createRoot(container).render(
  <StrictMode>
    <div className="playground-page">
      <p className="playground-hint" role="note">
        Start with tabs 1 and 2 (sign in), then paste the <code>token</code> from the answer into the <strong>Headers</strong> panel
        below the query, in place of <code>&lt;token from the sign-in tabs&gt;</code>: every tab sends it.
      </p>
      <GraphiQL
        fetcher={createFetcher("/graphql")}
        defaultTabs={tabs}
        defaultHeaders={DEFAULT_HEADERS}
        defaultEditorToolsVisibility="variables"
      >
        <GraphiQL.Logo>MFA API</GraphiQL.Logo>
        <SharedHeaders initial={DEFAULT_HEADERS} />
        <OpeningTabVariables />
      </GraphiQL>
    </div>
  </StrictMode>,
);
