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
  readonly server: AppServer;
  readonly database: TestDatabase;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** Boots the real server (the same createServer as main.ts) on a fresh database and a free port. */
export async function startTestServer(engine: EngineName, env: Record<string, string> = {}): Promise<TestServer> {
  const database = await freshDatabase(engine);
  // Scheduled jobs (webhook delivery) stay off unless a test asks: their statements would mix with what a test counts.
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", SEED_DEMO: "false", WEBHOOK_DELIVERY: "false", ...database.env, ...env });
  const server = await createServer(config);
  const { url } = await server.listen(0, "127.0.0.1");
  return {
    url,
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
    async close() {
      await server.close();
      await database.drop();
    },
  };
}
