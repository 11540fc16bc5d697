import express, { type Express, type Request, type Response } from "express";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";
import { isDatabaseUnavailable } from "#src/errors/format-error.js";
import type { IssuedSession } from "#src/modules/sessions/sessions.service.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import type { Services } from "#src/services.js";
import { SmsDeliveryError } from "#src/errors/sms-delivery-error.js";

type Body = {
  auth?: {
    passwordCredentials?: { username?: unknown; password?: unknown };
    "RAX-AUTH:passcodeCredentials"?: { passcode?: unknown };
    "RAX-AUTH:scope"?: unknown;
  };
};

const fault = (res: Response, status: number, key: string, message: string, headers: Record<string, string> = {}) => {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.status(status).json({ [key]: { code: status, message } });
};

function access(user: UserEntity, issued: IssuedSession, authenticatedBy: string[]) {
  return {
    access: {
      token: {
        id: issued.token,
        expires: new Date(issued.session.expiresAt).toISOString(),
        "RAX-AUTH:authenticatedBy": authenticatedBy,
      },
      user: { id: user.id, name: user.username, "RAX-AUTH:domainId": user.accountId },
    },
  };
}

/**
 * POST /v2.0/tokens: the classic Identity two-step flow, on the same login service as GraphQL.
 * Step one answers 401 with `WWW-Authenticate: OS-MF sessionId='..', factor='PASSCODE'` when a
 * passcode is needed; step two sends `X-SessionId` with `RAX-AUTH:passcodeCredentials`.
 */
export function mountIdentityTokens(app: Express, services: Services): void {
  app.post("/v2.0/tokens", express.json({ limit: "16kb" }), async (req: Request, res: Response) => {
    res.setHeader("cache-control", "no-store");
    const body = (req.body ?? {}) as Body;
    const meta = { ip: req.ip ?? null, userAgent: req.headers["user-agent"]?.slice(0, 255) ?? null };
    try {
      const sessionId = req.headers["x-sessionid"];
      const passcode = body.auth?.["RAX-AUTH:passcodeCredentials"]?.passcode;
      if (typeof sessionId === "string" && sessionId) {
        if (typeof passcode !== "string" || passcode.length === 0 || passcode.length > 64) {
          return fault(res, 400, "badRequest", "RAX-AUTH:passcodeCredentials.passcode is required with X-SessionId.");
        }
        const done = await services.passcodes.completeLogin({ challengeId: sessionId, passcode, channel: "REST", ...meta });
        const factor = done.method === "OTPPASSCODE" ? "OTPPASSCODE" : "PASSCODE";
        return res.status(200).json(access(done.user, done.issued, [factor, "PASSWORD"]));
      }

      const credentials = body.auth?.passwordCredentials;
      const username = credentials?.username;
      const password = credentials?.password;
      if (typeof username !== "string" || typeof password !== "string" || !username || !password || username.length > 320 || password.length > 128) {
        return fault(res, 400, "badRequest", "auth.passwordCredentials with username and password is required.");
      }
      const result = await services.login.passwordStep({ username, password, channel: "REST", ...meta });
      if (result.kind === "SUCCESS") return res.status(200).json(access(result.user, result.issued, ["PASSWORD"]));
      // The classic flow promises a texted passcode with its 401: when the text was refused, the refusal is the answer.
      if (result.kind === "CHALLENGE" && result.smsRefused) throw result.smsRefused;
      if (result.kind === "CHALLENGE") {
        return fault(res, 401, "unauthorized", "Additional authentication credentials required.", {
          "www-authenticate": `OS-MF sessionId='${result.challengeId}', factor='PASSCODE'`,
        });
      }
      if (body.auth?.["RAX-AUTH:scope"] === "SETUP-MFA") {
        const issued = await services.login.issueSetupSession(result.user, meta);
        return res.status(200).json(access(result.user, issued, ["PASSWORD"]));
      }
      return fault(res, 403, "forbidden", "User must setup multi-factor");
    } catch (error) {
      if (error instanceof AppError) {
        switch (error.code) {
          case ErrorCode.ACCOUNT_LOCKED:
            return fault(res, 403, "forbidden", error.message);
          case ErrorCode.SMS_COUNTRY_NOT_ALLOWED:
            return fault(res, 403, "forbidden", error.message);
          case ErrorCode.RATE_LIMITED:
          case ErrorCode.SMS_BUDGET_EXCEEDED: {
            const retry = Number(error.extensions.retryAfterSeconds ?? 1);
            return fault(res, 429, "overLimit", error.message, { "retry-after": String(retry) });
          }
          case ErrorCode.SMS_DELIVERY_FAILED:
          case ErrorCode.SERVICE_UNAVAILABLE:
            return fault(res, 503, "serviceUnavailable", error.message);
          case ErrorCode.BAD_USER_INPUT:
            return fault(res, 400, "badRequest", error.message);
          default:
            return fault(res, 401, "unauthorized", error.message);
        }
      }
      if (error instanceof SmsDeliveryError) return fault(res, 503, "serviceUnavailable", "The text message could not be sent. Try again.");
      if (isDatabaseUnavailable(error)) return fault(res, 503, "serviceUnavailable", "The service is temporarily unavailable. Try again in a moment.");
      services.logger.error("identity tokens failed", { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      return fault(res, 500, "identityFault", "Internal server error");
    }
  });
}
