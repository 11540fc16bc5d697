import type { DataSource } from "typeorm";
import type { Config } from "./config/config.js";
import type { Logger } from "./logger.js";
import { HealthService } from "./modules/health/health.service.js";

/** Every service of the API, built once per server from its DataSource and configuration. */
export interface Services {
  readonly config: Config;
  readonly logger: Logger;
  readonly dataSource: DataSource;
  readonly health: HealthService;
}

export function createServices(config: Config, dataSource: DataSource, logger: Logger): Services {
  return { config, logger, dataSource, health: new HealthService(dataSource) };
}
