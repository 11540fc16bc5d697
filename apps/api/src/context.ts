import type { Request, Response } from "express";
import type { ActiveSession, SignedOutReason } from "./modules/sessions/sessions.service.js";
import type { Services } from "./services.js";

/** What every resolver sees of the request. */
export interface AppContext {
  readonly services: Services;
  readonly req: Request;
  readonly res: Response;
  readonly ip: string | null;
  readonly userAgent: string | null;
  /** The caller's live session, if any, and how its token came (a cookie or a bearer header). */
  readonly auth: (ActiveSession & { via: "bearer" | "cookie" }) | null;
  /** Why the presented token stopped working, when the holder may be told (a policy now requires MFA). */
  readonly signedOutReason?: SignedOutReason | null;
}
