import type { NextFunction, Request, Response, Router } from "express";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";
import { authErrors } from "#src/modules/auth/auth.errors.js";
import { authenticatedBy } from "#src/modules/auth/authenticated-by.js";
import type { Services } from "#src/services.js";
import { accessOf, keyAccessOf } from "./access.js";
import { sendFault } from "./faults.js";
import { route } from "./routes.js";

type Body = {
  auth?: {
    passwordCredentials?: { username?: unknown; password?: unknown };
    "RAX-KSKEY:apiKeyCredentials"?: { username?: unknown; apiKey?: unknown };
    "RAX-AUTH:passcodeCredentials"?: { passcode?: unknown };
    "RAX-AUTH:scope"?: unknown;
  };
};

/** A wrong password, passcode or an expired sign-in is a 401 here; every other fault is the door's (faults.ts). */
const SIGN_IN_REFUSALS: ReadonlySet<string> = new Set([ErrorCode.INVALID_CREDENTIALS, ErrorCode.INVALID_PASSCODE, ErrorCode.LOGIN_EXPIRED, ErrorCode.UNAUTHENTICATED]);

/**
 * POST /v2.0/tokens: the classic Identity two-step flow, on the same login service as GraphQL.
 * Step one answers 401 with `WWW-Authenticate: OS-MF sessionId='..', factor='PASSCODE'` when a
 * passcode is needed; step two sends `X-SessionId` with `RAX-AUTH:passcodeCredentials`. An API key
 * (`RAX-KSKEY:apiKeyCredentials`, the username being the key's name) gets a token with the key's scope at once:
 * a key is outside MFA by design, as Identity's API key credentials are.
 */
export function tokenRoutes(router: Router, services: Services): void {
  route(router, "/tokens", { post: (req, res, next) => tokens(services, req, res, next) });
}

async function tokens(services: Services, req: Request, res: Response, next: NextFunction) {
  const body = (req.body ?? {}) as Body;
  const meta = { ip: req.ip ?? null, userAgent: req.headers["user-agent"]?.slice(0, 255) ?? null };
  try {
    const sessionId = req.headers["x-sessionid"];
    const passcode = body.auth?.["RAX-AUTH:passcodeCredentials"]?.passcode;
    if (typeof sessionId === "string" && sessionId) {
      if (typeof passcode !== "string" || passcode.length === 0 || passcode.length > 64) {
        return sendFault(res, 400, "RAX-AUTH:passcodeCredentials.passcode is required with X-SessionId.");
      }
      const done = await services.passcodes.completeLogin({ challengeId: sessionId, passcode, channel: "REST", ...meta });
      return res.status(200).json(accessOf(req, done.user, done.issued, authenticatedBy(done.method)));
    }

    const keyCredentials = body.auth?.["RAX-KSKEY:apiKeyCredentials"];
    if (keyCredentials !== undefined) {
      const { username, apiKey } = keyCredentials ?? {};
      if (typeof username !== "string" || typeof apiKey !== "string" || !username || !apiKey || username.length > 100 || apiKey.length > 128) {
        return sendFault(res, 400, "auth.RAX-KSKEY:apiKeyCredentials with username and apiKey is required.");
      }
      const issued = await services.apiKeys.issueToken({ username, apiKey, ip: meta.ip });
      if (!issued) throw authErrors.invalidCredentials();
      return res.status(200).json(keyAccessOf(req, issued));
    }

    const credentials = body.auth?.passwordCredentials;
    const username = credentials?.username;
    const password = credentials?.password;
    if (typeof username !== "string" || typeof password !== "string" || !username || !password || username.length > 320 || password.length > 128) {
      return sendFault(res, 400, "auth.passwordCredentials with username and password is required.");
    }
    const result = await services.login.passwordStep({ username, password, channel: "REST", ...meta });
    if (result.kind === "SUCCESS") return res.status(200).json(accessOf(req, result.user, result.issued, authenticatedBy(null)));
    // The classic flow promises a texted passcode with its 401: when the text was refused, the refusal is the answer.
    if (result.kind === "CHALLENGE" && result.smsRefused) throw result.smsRefused;
    if (result.kind === "CHALLENGE") {
      return sendFault(res, 401, "Additional authentication credentials required.", {
        "www-authenticate": `OS-MF sessionId='${result.challengeId}', factor='PASSCODE'`,
      });
    }
    if (body.auth?.["RAX-AUTH:scope"] === "SETUP-MFA") {
      const issued = await services.login.issueSetupSession(result.user, meta);
      return res.status(200).json(accessOf(req, result.user, issued, authenticatedBy(null), true));
    }
    return sendFault(res, 403, "User must setup multi-factor");
  } catch (error) {
    if (error instanceof AppError && SIGN_IN_REFUSALS.has(error.code)) return sendFault(res, 401, error.message);
    next(error);
  }
}
