import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import express, { type Express, type Request } from "express";

/** Where the built console lives when nothing else is configured: apps/console/dist. */
export function defaultConsoleDir(): string {
  return fileURLToPath(new URL("../../../console/dist/", import.meta.url));
}

const wantsHtml = (req: Request) => req.method === "GET" && (req.headers.accept ?? "").includes("text/html");

/**
 * Serves the console (a single-page app) and the GraphQL playground from the same origin.
 * GET /graphql from a browser opens the playground (when `playground` is on: not in production unless asked for);
 * every other method goes to the API.
 *
 * Files are sent relative to `consoleDir` (`root`): `send` refuses any path with a dot-segment, and
 * only the part below the root is checked, so an install inside a hidden folder (~/.cache/...) works.
 */
export function mountConsole(app: Express, consoleDir: string, options: { playground: boolean }): void {
  const index = join(consoleDir, "index.html");
  const playground = join(consoleDir, "playground.html");
  const built = existsSync(index);

  app.get("/graphql", (req, res, next) => {
    if (!wantsHtml(req)) return next();
    if (!options.playground) {
      res.status(404).type("text/plain").send("The GraphQL playground is not served here. POST GraphQL requests to this address.");
      return;
    }
    if (!existsSync(playground)) {
      res.status(503).type("text/plain").send("The GraphQL playground is not built. Run the build first.");
      return;
    }
    res.setHeader("cache-control", "no-cache");
    res.sendFile("playground.html", { root: consoleDir });
  });

  if (!built) {
    app.get("/", (_req, res) => {
      res.status(503).type("text/plain").send("The console is not built. Run the build first; the API is at /graphql.");
    });
    return;
  }
  app.use("/assets", express.static(join(consoleDir, "assets"), { immutable: true, maxAge: "1y", index: false }));
  app.use(express.static(consoleDir, { index: false, maxAge: 0 }));
  app.get(/^\/(?!graphql|healthz|readyz|v2\.0|exports\/).*/, (req, res, next) => {
    if (!wantsHtml(req)) return next();
    res.setHeader("cache-control", "no-cache");
    res.sendFile("index.html", { root: consoleDir });
  });
}
