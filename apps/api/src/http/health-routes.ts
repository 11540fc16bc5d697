import type { Express } from "express";
import type { HealthService } from "#src/modules/health/health.service.js";

/** GET /healthz: the process is up. GET /readyz: the database answers. */
export function mountHealthRoutes(app: Express, health: HealthService): void {
  app.get("/healthz", (_req, res) => {
    res.setHeader("cache-control", "no-store");
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    const report = await health.check();
    res.setHeader("cache-control", "no-store");
    // Nothing here names the engine or a version: the route answers anybody.
    res.status(report.databaseReachable ? 200 : 503).json({ status: report.databaseReachable ? "ready" : "unavailable" });
  });
}
