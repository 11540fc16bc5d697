import { Buffer } from "node:buffer";
import { SmsDeliveryError } from "#src/errors/sms-delivery-error.js";
import { scrub, type SmsOutgoing, type SmsSender } from "./sms-sender.js";

export interface TwilioSenderOptions {
  /** The account SID (AC followed by 32 hex digits). */
  readonly accountSid: string;
  readonly authToken: string;
  /** An E.164 sending number, or a Messaging Service SID (MG followed by 32 hex digits). */
  readonly from: string;
  /** Twilio's API origin; a local fake in tests. */
  readonly baseUrl?: string;
  /** How long one request may take, answer included. */
  readonly timeoutMs?: number;
}

const ACCOUNT_SID = /^AC[0-9a-fA-F]{32}$/;
const MESSAGING_SERVICE_SID = /^MG[0-9a-fA-F]{32}$/;
const E164 = /^\+[1-9]\d{1,14}$/;

/** Twilio's error document: `{ code, message, more_info, status }`. */
interface TwilioError {
  code?: unknown;
  message?: unknown;
}

function parseJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Turns a failed fetch (timeout, refused connection, reset) into an error naming only the cause's kind. */
function transportError(error: unknown, timeoutMs: number): SmsDeliveryError {
  const name = error instanceof Error ? error.name : "";
  if (name === "TimeoutError" || name === "AbortError") {
    return new SmsDeliveryError(`Twilio did not answer within ${timeoutMs} ms.`, { retryable: true });
  }
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === "string" && /^[A-Z_]{2,40}$/.test(cause.code) ? ` (${cause.code})` : "";
  return new SmsDeliveryError(`Could not reach Twilio${code}.`, { retryable: true });
}

/** Sends texts through Twilio's Messages API (`POST /2010-04-01/Accounts/{sid}/Messages.json`). */
export function createTwilioSender(options: TwilioSenderOptions): SmsSender {
  const { accountSid, authToken, from } = options;
  if (!ACCOUNT_SID.test(accountSid)) throw new RangeError("Twilio accountSid must be AC followed by 32 hex digits");
  if (authToken.length === 0) throw new RangeError("Twilio authToken is empty");
  const viaService = MESSAGING_SERVICE_SID.test(from);
  if (!viaService && !E164.test(from)) throw new RangeError("Twilio from must be an E.164 number or a Messaging Service SID (MG...)");
  const timeoutMs = options.timeoutMs ?? 5_000;
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new RangeError("Twilio timeoutMs must be a positive integer");
  const baseUrl = (options.baseUrl ?? "https://api.twilio.com").replace(/\/+$/, "");
  const url = `${baseUrl}/2010-04-01/Accounts/${accountSid}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${accountSid}:${authToken}`, "utf8").toString("base64")}`;

  return {
    name: "twilio",
    async send(message: SmsOutgoing) {
      const secrets = [message.body, authToken];
      const form = new URLSearchParams({ To: message.to, Body: message.body });
      form.set(viaService ? "MessagingServiceSid" : "From", from);

      let status: number;
      let text: string;
      try {
        const res = await fetch(url, {
          method: "POST",
          headers: { authorization, "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
          body: form.toString(),
          // Credentials go to this URL only, never to wherever a redirect points.
          redirect: "error",
          signal: AbortSignal.timeout(timeoutMs),
        });
        status = res.status;
        text = await res.text();
      } catch (error) {
        throw transportError(error, timeoutMs);
      }

      const json = parseJson(text);
      if (status >= 200 && status < 300) {
        const sid = json?.sid;
        if (typeof sid === "string" && sid.length > 0 && sid.length <= 64) return { providerMessageId: sid };
        throw new SmsDeliveryError(`Twilio answered HTTP ${status} without a message SID.`, { retryable: false });
      }

      const problem: TwilioError = json ?? {};
      const providerCode = typeof problem.code === "number" && Number.isInteger(problem.code) ? problem.code : null;
      const detail = typeof problem.message === "string" ? `: ${problem.message}` : ".";
      const label = providerCode === null ? `HTTP ${status}` : `HTTP ${status}, error ${providerCode}`;
      throw new SmsDeliveryError(scrub(`Twilio refused the message (${label})${detail}`, secrets), {
        retryable: status === 429 || status >= 500,
        providerCode,
      });
    },
  };
}
