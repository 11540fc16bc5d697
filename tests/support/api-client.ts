import { request, type IncomingHttpHeaders } from "node:http";
import type { Figure, SecretLedger } from "./ledger.js";

export interface GqlError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string } & Record<string, unknown>;
}

export interface GqlBody<T> {
  data?: T | null;
  errors?: GqlError[];
}

export interface Answer<B> {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The parsed body, or null when it is not JSON. */
  readonly body: B;
  readonly ms: number;
}

/** An answer of `ApiClient.http`: the raw status, cookies, body and headers. */
export interface HttpAnswer {
  status: number;
  setCookie: string[];
  text: string;
  headers: IncomingHttpHeaders;
}

export interface RequestOptions {
  token?: string | null;
  cookie?: string;
  headers?: Record<string, string>;
  /** The client gives up after this long (the test then fails on the hang, never waits forever). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;
const TOKEN_KEYS = new Set(["token"]);

export const codeOf = (body: GqlBody<unknown> | null | undefined): string | undefined => body?.errors?.[0]?.extensions?.code;

/**
 * One API instance as the tests talk to it: every request is counted for the property it serves, and every
 * secret, code and token in an answer goes to the ledger (the dump is scanned for them at the end).
 */
export class ApiClient {
  constructor(
    readonly url: string,
    readonly name: string,
    private readonly figure: Figure,
    private readonly ledger: SecretLedger,
    /** Headers sent with every request (a client address behind the trusted proxy). */
    private readonly defaults: Record<string, string> = {},
  ) {}

  /** The same instance, counted for another property. */
  for(figure: Figure): ApiClient {
    return new ApiClient(this.url, this.name, figure, this.ledger, this.defaults);
  }

  /**
   * The same instance as reached from `address` through the trusted proxy (`X-Forwarded-For`, one hop): what a
   * client elsewhere on the network would be to an instance started with `TRUST_PROXY=1`.
   */
  from(address: string): ApiClient {
    return new ApiClient(this.url, `${this.name} from ${address}`, this.figure, this.ledger, { ...this.defaults, "x-forwarded-for": address });
  }

  async gql<T>(query: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<Answer<GqlBody<T>>> {
    return this.send<GqlBody<T>>("/graphql", JSON.stringify({ query, variables }), { "content-type": "application/json" }, options);
  }

  /** The Identity-style token endpoint. */
  async rest<T = Record<string, unknown>>(body: unknown, options: RequestOptions = {}): Promise<Answer<T>> {
    return this.send<T>("/v2.0/tokens", JSON.stringify(body), { "content-type": "application/json" }, options);
  }

  /**
   * Anything at all: a raw body with exactly the given headers (hostile input). A byte body goes without any
   * content type unless one is given; a string body would get fetch's text/plain.
   */
  async raw(path: string, init: { method?: string; body?: string | Uint8Array<ArrayBuffer>; headers?: Record<string, string>; timeoutMs?: number }): Promise<Answer<unknown>> {
    return this.send<unknown>(path, init.body, init.headers ?? {}, { timeoutMs: init.timeoutMs }, init.method ?? "POST");
  }

  async get(path: string, timeoutMs = 5_000): Promise<Answer<unknown>> {
    return this.send<unknown>(path, undefined, {}, { timeoutMs }, "GET");
  }

  /**
   * A POST through node:http, which lets the test set any header, `Host` included (fetch does not): what a
   * browser behind a proxy would send.
   */
  async http(path: string, body: string, headers: Record<string, string>): Promise<HttpAnswer> {
    this.figure.requests++;
    const target = new URL(path, this.url);
    const answer = await new Promise<HttpAnswer>((resolve, reject) => {
      const sent = { ...this.defaults, ...headers, "content-length": String(Buffer.byteLength(body)) };
      const req = request(target, { method: "POST", headers: sent, timeout: DEFAULT_TIMEOUT_MS }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, setCookie: res.headers["set-cookie"] ?? [], text: Buffer.concat(chunks).toString("utf8"), headers: res.headers }),
        );
        res.on("error", reject);
      });
      req.on("timeout", () => req.destroy(new Error("request timed out")));
      req.on("error", reject);
      req.end(body);
    });
    const cookies = new Headers();
    for (const cookie of answer.setCookie) cookies.append("set-cookie", cookie);
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(answer.text);
    } catch {
      parsed = null;
    }
    this.harvest(parsed, cookies);
    return answer;
  }

  private async send<B>(path: string, body: string | Uint8Array<ArrayBuffer> | undefined, baseHeaders: Record<string, string>, options: RequestOptions, method = "POST"): Promise<Answer<B>> {
    const headers: Record<string, string> = { ...baseHeaders, ...this.defaults, ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.cookie) headers.cookie = options.cookie;
    this.figure.requests++;
    const started = Date.now();
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers,
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
    const text = await res.text();
    const ms = Date.now() - started;
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    this.harvest(parsed, res.headers);
    return { status: res.status, headers: res.headers, text, body: parsed as B, ms };
  }

  /** Puts every secret of an answer in the ledger and counts the sessions it issued. */
  private harvest(body: unknown, headers: Headers): void {
    const tokens = new Set<string>();
    const walk = (value: unknown, key: string | null, parentKey: string | null): void => {
      if (typeof value === "string") {
        if (key && TOKEN_KEYS.has(key)) tokens.add(value);
        else if (key === "id" && parentKey === "token") tokens.add(value);
        else if (key === "challengeId") this.ledger.add("challenge-id", value);
        else if (key === "secret") this.ledger.add("totp-secret", value);
        else if (key === "otpauthUri") this.ledger.add("otpauth-uri", value);
        else if (key === "codes") this.ledger.add("recovery-code", value);
        return;
      }
      if (Array.isArray(value)) {
        for (const item of value) walk(item, key, parentKey);
        return;
      }
      if (value && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) walk(v, k, key);
      }
    };
    walk(body, null, null);
    const challenge = /sessionId='([^']+)'/.exec(headers.get("www-authenticate") ?? "")?.[1];
    this.ledger.add("challenge-id", challenge);
    for (const cookie of headers.getSetCookie()) {
      const value = /^(?:__Host-)?mfa_session=([^;]*)/.exec(cookie)?.[1];
      if (value) tokens.add(value);
    }
    for (const token of tokens) {
      this.ledger.add("session-token", token);
      this.figure.sessions++;
    }
  }
}
