import "reflect-metadata";
import type { AddressInfo } from "node:net";
import { createServer as createHttpServer, type Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { DataSource } from "typeorm";
import type { Config } from "./config/config.js";
import type { AppContext } from "./context.js";
import { createDataSource } from "./db/data-source.js";
import { restrictEmbeddedFiles } from "./db/file-modes.js";
import { runMigrations } from "./db/migrate.js";
import { createFormatError } from "./errors/format-error.js";
import { defaultConsoleDir, mountConsole } from "./http/console.js";
import { answerClientError, jsonErrorHandler } from "./http/json-errors.js";
import { identityRouter } from "./http/identity/router.js";
import { mountHealthRoutes } from "./http/health-routes.js";
import { mountSecurityHeaders } from "./http/security-headers.js";
import { requestContext } from "./http/request-context.js";
import { mountSchemaRoute } from "./http/graphql-schema.js";
import { apiKeyGate } from "./modules/api-keys/key-gate.js";
import { apiKeyOperationsPlugin } from "./modules/api-keys/key-operations.plugin.js";
import { createLogger, type Logger } from "./logger.js";
import { createArmor } from "./graphql/armor.js";
import { LOGIN_MUTATIONS, singleLoginMutationRule } from "./graphql/single-login-rule.js";
import { buildAppSchema } from "./schema.js";
import { seedDemo, type DemoCredentials } from "./seed/demo.js";
import { createServices, type Services } from "./services.js";
import { webhookJob } from "./modules/webhooks/webhook-job.js";

export interface AppServer {
  readonly app: express.Express;
  readonly services: Services;
  readonly dataSource: DataSource;
  /** Credentials of the demo data when this start created it. */
  readonly demo: DemoCredentials | null;
  listen(port?: number, host?: string): Promise<{ url: string; port: number }>;
  close(): Promise<void>;
}

async function initializeWithRetry(dataSource: DataSource, logger: Logger, attempts = 30): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await dataSource.initialize();
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
      logger.warn("database not reachable yet, retrying", { attempt, error: (error as Error).message });
      await new Promise((r) => setTimeout(r, 1_000));
    }
  }
}

/** Builds the whole API: database, migrations, demo data, GraphQL, REST, console. Used by main.ts and tests. */
export async function createServer(config: Config, options: { logger?: Logger } = {}): Promise<AppServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const dataSource = createDataSource(config.database);
  await initializeWithRetry(dataSource, logger);
  if (config.database.kind === "sqlite") restrictEmbeddedFiles(config.database.file);
  const services = createServices(config, dataSource, logger);
  let demo: DemoCredentials | null = null;
  const seed = config.seedDemo
    ? async () => {
        demo = await seedDemo(services);
      }
    : undefined;
  if (config.runMigrations) {
    const ran = await runMigrations(dataSource, seed);
    if (ran.length) logger.info("migrations applied", { migrations: ran });
  } else if (seed) {
    await seed();
  }

  const app = express();
  if (config.trustProxy !== undefined) app.set("trust proxy", config.trustProxy);
  const httpServer: Server = createHttpServer(app);
  httpServer.on("clientError", answerClientError);
  mountSecurityHeaders(app);
  mountHealthRoutes(app, services.health);
  app.use("/v2.0", identityRouter(services));

  const schema = await buildAppSchema();
  const production = config.env === "production";
  const armor = createArmor({ production });
  const apollo = new ApolloServer<AppContext>({
    schema,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    persistedQueries: false,
    includeStacktraceInErrorResponses: false,
    // main.ts stops the whole server on SIGINT/SIGTERM (scheduled jobs release their leases first); Apollo's own
    // handlers would re-raise the signal and end the process half-way.
    stopOnTerminationSignals: false,
    hideSchemaDetailsFromClientErrors: production,
    formatError: createFormatError(logger),
    parseOptions: armor.parseOptions,
    validationRules: [...armor.validationRules, singleLoginMutationRule(LOGIN_MUTATIONS)],
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), ...armor.plugins, apiKeyOperationsPlugin()],
  });
  await apollo.start();

  mountConsole(app, config.consoleDir ?? defaultConsoleDir());
  mountSchemaRoute(app, services, schema);
  app.use(
    "/graphql",
    apiKeyGate(services.apiKeys, "graphql"),
    express.json({ limit: "64kb" }),
    expressMiddleware(apollo, {
      context: ({ req, res }) => requestContext(services, req, res),
    }),
  );

  app.use(jsonErrorHandler(logger));

  // Webhook delivery runs in the API process, one instance at a time (a lease in the database).
  const webhooks = webhookJob({ dataSource, worker: services.webhookWorker, config: config.webhooks, logger });
  webhooks?.start();

  let closed = false;
  return {
    app,
    services,
    dataSource,
    demo,
    listen(port = config.port, host = config.host) {
      return new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          const shownHost = host === "0.0.0.0" || host === "127.0.0.1" ? "localhost" : host;
          resolve({ url: `http://${shownHost}:${address.port}`, port: address.port });
        });
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await webhooks?.stop();
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
