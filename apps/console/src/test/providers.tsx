import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { vi } from "vitest";
import { ReauthProvider } from "../features/reauth/ReauthProvider";
import { createCache } from "../lib/apollo-client";
import { NoticeProvider } from "../lib/notice";
import { SessionContext, type Session, type SessionContextValue } from "../lib/session";

export interface RenderOptions {
  mocks?: MockLink.MockedResponse[];
  session?: Session;
  path?: string;
}

/** Renders `ui` as the console does (Apollo with mocked answers, a fixed session, notices, re-authentication). */
export function renderWithProviders(ui: ReactNode, { mocks = [], session, path = "/" }: RenderOptions = {}) {
  window.history.replaceState(null, "", path);
  const sessionValue: SessionContextValue = {
    session: session ?? { status: "signed-in", user: { username: "alice@example.com", displayName: "Alice Archer", kind: "MAILBOX" } },
    refresh: vi.fn(async () => {}),
    setSetupUser: vi.fn(),
  };
  const result = render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <SessionContext value={sessionValue}>
        <NoticeProvider>
          <ReauthProvider>{ui}</ReauthProvider>
        </NoticeProvider>
      </SessionContext>
    </MockedProvider>,
  );
  return { ...result, session: sessionValue };
}

/** A GraphQL error answer with an `extensions.code`. */
export function graphQLError(message: string, code: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}
