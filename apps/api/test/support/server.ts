import { loadConfig } from "#src/config/config.js";
import { createServer, type AppServer } from "#src/server.js";
import { freshDatabase, type EngineName, type TestDatabase } from "./engines.js";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[] };
}

export interface TestServer {
  readonly url: string;
  /** Where /metrics answers when METRICS_LISTEN gives it an address of its own. */
  readonly metricsUrl: string | undefined;
  readonly server: AppServer;
  readonly database: TestDatabase;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Stops the server and keeps its database (another server may start on it). */
  stop(): Promise<void>;
  /** Stops the server and drops its database. */
  close(): Promise<void>;
}

/** Boots the real server (the same createServer as main.ts) on a fresh database and a free port. */
/** `options.now`: the clock the deadline rules read (a test moves it instead of sleeping). */
export async function startTestServer(engine: EngineName, env: Record<string, string> = {}, options: { now?: () => number } = {}): Promise<TestServer> {
  return startServerOn(await freshDatabase(engine), env, options);
}

/** Boots the real server on an existing test database (a restart with other settings, e.g. other seal keys). */
export async function startServerOn(database: TestDatabase, env: Record<string, string> = {}, options: { now?: () => number } = {}): Promise<TestServer> {
  // Scheduled jobs (webhook delivery, reminders) stay off unless a test asks: their statements would mix with what a test counts.
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", SEED_DEMO: "false", WEBHOOK_DELIVERY: "false", MFA_REMINDERS: "false", SECURITY_ALERTS: "false", ...database.env, ...env });
  const server = await createServer(config, options);
  const { url, metricsUrl } = await server.listen(0, "127.0.0.1");
  return {
    url,
    metricsUrl,
    server,
    database,
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLResponse["body"] } as never;
    },
    async stop() {
      await server.close();
    },
    async close() {
      await server.close();
      await database.drop();
    },
  };
}
