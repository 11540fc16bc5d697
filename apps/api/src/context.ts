import type { Request, Response } from "express";
import type { Services } from "./services.js";

/** What every resolver sees of the request. */
export interface AppContext {
  readonly services: Services;
  readonly req: Request;
  readonly res: Response;
  readonly ip: string | null;
  readonly userAgent: string | null;
}
