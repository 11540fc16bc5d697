type Level = "silent" | "error" | "warn" | "info" | "debug";
const order: Record<Level, number> = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 };

export interface Logger {
  error(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  debug(message: string, fields?: Record<string, unknown>): void;
}

/** One JSON line per event on stderr; never pass a code, secret, password or token. */
export function createLogger(level: Level): Logger {
  const write = (at: Exclude<Level, "silent">) => (message: string, fields: Record<string, unknown> = {}) => {
    if (order[at] > order[level]) return;
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: at, message, ...fields })}\n`);
  };
  return { error: write("error"), warn: write("warn"), info: write("info"), debug: write("debug") };
}
