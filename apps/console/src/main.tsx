import "@mfa/ui/styles.css";
import { ApolloProvider } from "@apollo/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { ReauthProvider } from "./features/reauth/ReauthProvider";
import { createApolloClient } from "./lib/apollo-client";
import { NoticeProvider } from "./lib/notice";
import { SessionProvider } from "./lib/session";

const container = document.getElementById("root");
if (!container) throw new Error("The page has no #root element");

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient()}>
      <SessionProvider>
        <NoticeProvider>
          <ReauthProvider>
            <App />
          </ReauthProvider>
        </NoticeProvider>
      </SessionProvider>
    </ApolloProvider>
  </StrictMode>,
);
