import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./browser.js";
import { startBuiltServer, type RunningServer } from "./built-server.js";
import { createMariaDatabase } from "./database.js";
import { assertBuilt } from "./paths.js";

export interface ConsoleWorld {
  /** The built server; there once the file's first `beforeAll` has run. */
  readonly server: RunningServer;
  readonly browser: Browser;
  /** A browser of its own (cookies apart), `width` px wide and 900 high unless `options` say otherwise; closed after the file. */
  newPage(width?: number, options?: BrowserContextOptions): Promise<Page>;
}

/**
 * What a console test file runs against: a fresh MariaDB database, the built server on it with the demo data (plus
 * `env`, e.g. the demo passwords), and Chromium. Registers the file's first `beforeAll` (a file's own come after it)
 * and an `afterAll` that closes every page's browser, the server, and drops the database.
 */
export function consoleWorld(env: Record<string, string>): ConsoleWorld {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let drop: (() => Promise<void>) | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    assertBuilt();
    const db = await createMariaDatabase();
    drop = db.drop;
    server = await startBuiltServer({ DATABASE_URL: db.url, SEED_DEMO: "true", ...env });
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
    await drop?.();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the console world's ${what} is not started: use it from a test or a later beforeAll`);
    return value;
  };
  return {
    get server() {
      return started(server, "server");
    },
    get browser() {
      return started(browser, "browser");
    },
    async newPage(width = 1280, options = {}) {
      const context = await started(browser, "browser").newContext({ viewport: { width, height: 900 }, ...options });
      contexts.push(context);
      return context.newPage();
    },
  };
}
