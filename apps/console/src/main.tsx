import "@mfa/ui/styles.css";
import { ApolloProvider } from "@apollo/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { createApolloClient } from "./app/apollo-client";
import { NoticeProvider } from "./app/notice";
import { SessionProvider } from "./app/session";
import { ReauthProvider } from "./features/reauth/ReauthProvider";

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
