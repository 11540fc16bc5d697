import type { Request, Response } from "express";
import type { ApiKeyCaller } from "./modules/api-keys/api-key-caller.js";
import type { ActiveSession } from "./modules/sessions/sessions.service.js";
import type { SignedOutReason } from "./modules/sessions/signed-out.js";
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
  /** The API key the request came with (never together with a session): it acts as the account's admin. */
  readonly apiKey?: ApiKeyCaller | null;
  /** Why the presented token stopped working (signed out elsewhere, by an admin, a policy, idle, expired...): told to its holder only. */
  readonly signedOutReason?: SignedOutReason | null;
}
