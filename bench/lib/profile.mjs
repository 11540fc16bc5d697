/**
 * CPU profiles of the API during chosen scenarios (`BENCH_PROFILE=totp,password`): the API is started with the
 * inspector on a loopback port, and the V8 profiler runs only while the scenario is measured, so a profile shows
 * that scenario's work and nothing of the seeding or the other scenarios. The profile is written next to the
 * results (open it in Chrome DevTools) and summarised: self time by function and by where the code comes from.
 */
import { writeFileSync } from "node:fs";
import WebSocket from "ws";

export const profiledScenarios = () => new Set((process.env.BENCH_PROFILE ?? "").split(",").map((s) => s.trim()).filter(Boolean));

/** Connects to the inspector of the API (started with `--inspect=127.0.0.1:PORT`). */
export async function connectProfiler(inspectPort) {
  const [target] = await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json();
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.once("open", resolve);
    socket.once("error", reject);
  });
  let nextId = 1;
  const pending = new Map();
  socket.on("message", (data) => {
    const message = JSON.parse(String(data));
    const waiter = message.id ? pending.get(message.id) : undefined;
    if (!waiter) return;
    pending.delete(message.id);
    if (message.error) waiter.reject(new Error(`inspector: ${message.error.message}`));
    else waiter.resolve(message.result);
  });
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });
  await send("Profiler.enable");
  // 200 µs between samples: a TOTP step of a few ms gets several samples.
  await send("Profiler.setSamplingInterval", { interval: 200 });
  return {
    start: () => send("Profiler.start"),
    stop: async () => (await send("Profiler.stop")).profile,
    close: () => socket.close(),
  };
}

/** Where a frame's code comes from: our packages, a dependency (by package name), Node itself, or V8's own work. */
function originOf(frame) {
  const url = frame.url ?? "";
  if (!url) return frame.functionName.startsWith("(") ? frame.functionName : "(native or V8)";
  if (url.startsWith("node:")) return "node";
  const pkg = url.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  const own = url.match(/(apps\/api|packages\/core)\/dist\/(?:modules\/)?([^/]+)/);
  return own ? `ours: ${own[1] === "packages/core" ? "core" : own[2].replace(/\.js$/, "")}` : "other";
}

/**
 * Self time by function and by origin, in % of the profile's sampled time (idle and GC kept apart), and the total
 * time (self and callees) of our own functions.
 */
export function summariseProfile(profile, { top = 15 } = {}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfSamples = new Map();
  for (const id of profile.samples) selfSamples.set(id, (selfSamples.get(id) ?? 0) + 1);
  const total = profile.samples.length;
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byFunction = new Map();
  const byOrigin = new Map();
  const inclusive = new Map();
  for (const [id, count] of selfSamples) {
    const frame = byId.get(id).callFrame;
    const origin = originOf(frame);
    const name = `${frame.functionName || "(anonymous)"} ${origin}${frame.url ? `:${frame.lineNumber + 1}` : ""}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + count);
    byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + count);
    // Total time: each function on the sample's stack counts once (our code and the stack's main layers).
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at).callFrame;
      const o = originOf(f);
      if (o.startsWith("(")) continue;
      seen.add(`${f.functionName || "(anonymous)"} ${o}`);
    }
    for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + count);
  }
  const rank = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([name, count]) => ({ name, percent: (100 * count) / total }));
  const idle = ((byOrigin.get("(idle)") ?? 0) * 100) / total;
  return { samples: total, durationMs: (profile.endTime - profile.startTime) / 1000, idlePercent: idle, origins: rank(byOrigin), functions: rank(byFunction).slice(0, top), ours: rank(inclusive).filter((r) => r.name.includes(" ours: ")).slice(0, top) };
}

export function writeProfile(path, profile) {
  writeFileSync(path, JSON.stringify(profile));
}
