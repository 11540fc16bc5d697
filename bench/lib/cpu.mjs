/** CPU time of the processes sharing the machine during a measurement: API, database, load driver. */
import { readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100;

/** CPU seconds of a process, or the sum over several (an array: the API instances, the nodes of a cluster). */
function processSeconds(pid) {
  if (Array.isArray(pid)) return pid.reduce((sum, p) => sum + processSeconds(p), 0);
  if (!pid) return NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}

function machineSeconds() {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = line[3] + (line[4] ?? 0);
  const total = line.reduce((a, b) => a + b, 0);
  return { busy: (total - idle) / TICKS_PER_SECOND, total: total / TICKS_PER_SECOND };
}

/** Starts a meter; `stop()` returns each process's share of the machine (100 % = every core busy). */
export function cpuMeter({ apiPid, dbPid }) {
  const wall0 = performance.now();
  const own0 = process.cpuUsage();
  const api0 = processSeconds(apiPid);
  const db0 = processSeconds(dbPid);
  const m0 = machineSeconds();
  return {
    stop(cores) {
      const wall = (performance.now() - wall0) / 1000;
      const own = process.cpuUsage(own0);
      const m1 = machineSeconds();
      const share = (seconds) => Math.max(0, (100 * seconds) / (wall * cores));
      const ownSeconds = (own.user + own.system) / 1e6;
      const apiSeconds = processSeconds(apiPid) - api0;
      const dbSeconds = processSeconds(dbPid) - db0;
      const busy = m1.busy - m0.busy;
      return {
        api: share(apiSeconds),
        db: share(dbSeconds),
        load: share(ownSeconds),
        machine: (100 * busy) / (m1.total - m0.total),
        other: share(busy - ownSeconds - apiSeconds - (Number.isFinite(dbSeconds) ? dbSeconds : 0)),
      };
    },
  };
}
