import "@mfa/ui/styles.css";
import { ApolloProvider } from "@apollo/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { ReauthProvider } from "./features/reauth/ReauthProvider";
import { initI18n } from "./i18n/i18n";
import { initialLanguage } from "./i18n/language";
import { createApolloClient } from "./lib/apollo-client";
import { NoticeProvider } from "./lib/notice";
import { SessionProvider } from "./lib/session";
import { applyTheme, readTheme } from "./lib/theme";

// Before the first paint, so a dark choice never flashes light.
applyTheme(readTheme());

const container = document.getElementById("root");
if (!container) throw new Error("The page has no #root element");

// The remembered or browser language first (German is fetched before the first paint), so no English flashes.
await initI18n(initialLanguage());

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
