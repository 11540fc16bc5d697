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
import { prepareForGalera } from "./db/galera.js";
import { runMigrations } from "./db/migrate.js";
import { createFormatError } from "./errors/format-error.js";
import { defaultConsoleDir, mountConsole } from "./http/console.js";
import { answerClientError, jsonErrorHandler } from "./http/json-errors.js";
import { identityRouter } from "./http/identity/router.js";
import { mailAuthRouter } from "./http/mail-auth.js";
import { mountHealthRoutes } from "./http/health-routes.js";
import { mountSecurityHeaders } from "./http/security-headers.js";
import { requestContext } from "./http/request-context.js";
import { mountSchemaRoute } from "./http/graphql-schema.js";
import { apiKeyGate } from "./modules/api-keys/key-gate.js";
import { apiKeyOperationsPlugin } from "./modules/api-keys/key-operations.plugin.js";
import { offsetClock } from "./clock.js";
import { createLogger, type Logger } from "./logger.js";
import { createArmor } from "./graphql/armor.js";
import { LOGIN_MUTATIONS, singleLoginMutationRule } from "./graphql/single-login-rule.js";
import { buildAppSchema } from "./schema.js";
import { seedDemo, type DemoCredentials } from "./seed/demo.js";
import { createServices, type Services } from "./services.js";
import { mountAuditCsv } from "./http/audit-csv.js";
import { mountMailboxesCsv } from "./http/mailboxes-csv.js";
import { reminderJob } from "./modules/rollout/reminder-job.js";
import { webhookJob } from "./modules/webhooks/webhook-job.js";
import { securityAlertJob } from "./modules/security-alerts/alert-job.js";
import { keepRequestBrowser } from "./modules/security-alerts/request-browser.js";
import { observeDatabase } from "./modules/metrics/db-metrics.js";
import { graphqlMetricsPlugin } from "./modules/metrics/graphql-metrics.plugin.js";
import { httpMetrics } from "./modules/metrics/http-metrics.js";
import { listenForMetrics, mountMetricsRoute } from "./modules/metrics/metrics-endpoint.js";

export interface AppServer {
  readonly app: express.Express;
  readonly services: Services;
  readonly dataSource: DataSource;
  /** Credentials of the demo data when this start created it. */
  readonly demo: DemoCredentials | null;
  /** Starts listening; `metricsUrl` is where /metrics answers when METRICS_LISTEN gives it an address of its own. */
  listen(port?: number, host?: string): Promise<{ url: string; port: number; metricsUrl?: string }>;
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
export async function createServer(config: Config, options: { logger?: Logger; now?: () => number } = {}): Promise<AppServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const dataSource = createDataSource(config.database);
  await initializeWithRetry(dataSource, logger);
  let galera = false;
  try {
    galera = await prepareForGalera(dataSource);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  if (galera && config.runMigrations) {
    // GET_LOCK holds on one node only: instances starting at once on two nodes could both migrate.
    logger.warn("on a Galera cluster the migration lock holds on this node only: apply migrations once (pnpm --filter @mfa/api migrate) and start the instances with RUN_MIGRATIONS=false, or start them one after the other");
  }
  if (config.database.kind === "sqlite") restrictEmbeddedFiles(config.database.file);
  // The test clock, when configured (never in production: the configuration refuses it there).
  const now = options.now ?? (config.clockOffsetFile ? offsetClock(config.clockOffsetFile) : undefined);
  if (config.clockOffsetFile && !options.now) logger.warn("the test clock is on: CLOCK_OFFSET_FILE moves the time of deadlines, reminders and snapshots");
  const services = createServices(config, dataSource, logger, now);
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
  // Phones without a digest under the active key (added before digests, or before a key rotation) get one.
  if (config.runMigrations) {
    const digested = await services.mfa.digestPhones();
    if (digested) logger.info("phone digests recomputed", { phones: digested });
  }

  const app = express();
  if (config.trustProxy !== undefined) app.set("trust proxy", config.trustProxy);
  // Metrics are served with a token on this port, or on an address of their own, or not at all.
  const { metrics } = services;
  const servesMetrics = config.metrics.token !== undefined || config.metrics.listen !== undefined;
  let stopDatabaseMetrics = () => {};
  if (servesMetrics) {
    metrics.collectProcessMetrics();
    stopDatabaseMetrics = observeDatabase(metrics, dataSource, config.database);
    app.use(httpMetrics(metrics));
  }
  const httpServer: Server = createHttpServer(app);
  httpServer.on("clientError", answerClientError);
  // The request's browser, for the security alerts its changes queue.
  app.use(keepRequestBrowser);
  mountSecurityHeaders(app);
  mountHealthRoutes(app, services.health);
  app.use("/v2.0", identityRouter(services));
  const mailAuth = mailAuthRouter(services);
  if (mailAuth) app.use("/mail-auth", mailAuth);

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
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ...armor.plugins,
      apiKeyOperationsPlugin(),
      ...(servesMetrics ? [graphqlMetricsPlugin<AppContext>(metrics, schema)] : []),
    ],
  });
  await apollo.start();

  if (config.metrics.token !== undefined && config.metrics.listen === undefined) mountMetricsRoute(app, metrics, config.metrics.token);
  mountConsole(app, config.consoleDir ?? defaultConsoleDir(), { playground: config.playground });
  mountSchemaRoute(app, services, schema);
  mountMailboxesCsv(app, services, logger);
  mountAuditCsv(app, services, logger);
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
  const webhooks = webhookJob({ dataSource, worker: services.webhookWorker, config: config.webhooks, logger, onRun: metrics.jobRun });
  webhooks?.start();
  // Force-On deadline reminders and the daily coverage snapshots, likewise one instance at a time.
  const reminders = reminderJob({ dataSource, services, config, logger });
  reminders?.start();
  // Security alerts, likewise: queued by each change in its transaction, sent here after it.
  const alerts = securityAlertJob({ dataSource, sender: services.securityAlerts, enabled: config.alerts.delivery, logger });
  alerts?.start();

  let closed = false;
  let metricsListener: { url: string; close(): Promise<void> } | null = null;
  return {
    app,
    services,
    dataSource,
    demo,
    async listen(port = config.port, host = config.host) {
      const listening = await new Promise<{ url: string; port: number }>((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          const shownHost = host === "0.0.0.0" || host === "127.0.0.1" ? "localhost" : host;
          resolve({ url: `http://${shownHost}:${address.port}`, port: address.port });
        });
      });
      if (!config.metrics.listen) return listening;
      metricsListener ??= await listenForMetrics(metrics, config.metrics.listen, config.metrics.token);
      return { ...listening, metricsUrl: metricsListener.url };
    },
    async close() {
      if (closed) return;
      closed = true;
      await webhooks?.stop();
      await reminders?.stop();
      await alerts?.stop();
      await metricsListener?.close();
      stopDatabaseMetrics();
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
