import "reflect-metadata";
import { ConfigError, loadConfig } from "./config/config.js";
import { createServer } from "./server.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const server = await createServer(config);
  const { url, metricsUrl } = await server.listen();
  const lines = [
    "",
    `  MFA service is running at ${url}`,
    `    console      ${url}/`,
    `    GraphQL      ${url}/graphql${config.playground ? " (open it in a browser for the playground)" : ""}`,
    `    database     ${config.database.kind === "sqlite" ? `embedded SQLite (${config.database.file})` : "MySQL/MariaDB"}`,
  ];
  if (metricsUrl) lines.push(`    metrics      ${metricsUrl}`);
  else if (config.metrics.token) lines.push(`    metrics      ${url}/metrics (with the METRICS_TOKEN bearer token)`);
  if (server.demo) {
    lines.push("", server.demo.created ? "  Demo data created. Sign in with:" : "  Demo sign-ins:");
    lines.push(`    admin        ${server.demo.admin.username} / ${server.demo.admin.password}`);
    for (const m of server.demo.mailboxes) lines.push(`    mailbox      ${m.username} / ${m.password}`);
  }
  process.stdout.write(`${lines.join("\n")}\n\n`);

  const shutdown = async (signal: string) => {
    process.stdout.write(`Received ${signal}, shutting down.\n`);
    await server.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
