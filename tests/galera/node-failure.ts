import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, type ApiClient } from "../support/api-client.js";
import { DbInspector } from "../support/db-inspect.js";
import { NODES, databaseUrl, type GaleraCluster, type Node } from "../support/galera.js";
import { CREATE_DOMAIN } from "../support/mfa-flows.js";
import type { World } from "../e2e/attack/world.js";

interface Sent {
  node: Node;
  ok: boolean;
  code: string | undefined;
  id: string | null;
  startedAt: number;
  endedAt: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Writes all the time through the instances of the three nodes (admins creating domains, each one a domain row and
 * an audit event), while node 3 crashes and comes back.
 */
class WriteLoad {
  readonly sent: Sent[] = [];
  private running = true;
  private readonly loops: Promise<void>[] = [];
  private serial = 0;

  constructor(
    private readonly apis: readonly ApiClient[],
    private readonly token: string,
    private readonly tag: string,
    workersPerNode: number,
  ) {
    for (const [i, api] of apis.entries()) for (let w = 0; w < workersPerNode; w++) this.loops.push(this.loop(api, (i + 1) as Node));
  }

  private async loop(api: ApiClient, node: Node): Promise<void> {
    while (this.running) {
      const startedAt = Date.now();
      const name = `${this.tag}-${node}-${(this.serial++).toString(36)}.galera.example`;
      const answer = await api
        .gql<{ createDomain: { domain: { id: string } } }>(CREATE_DOMAIN, { input: { name } }, { token: this.token, timeoutMs: 30_000 })
        .catch((error: Error) => ({ body: { data: null, errors: [{ message: error.message, extensions: { code: `client: ${error.name}` } }] } }));
      const id = answer.body?.data?.createDomain?.domain.id ?? null;
      this.sent.push({ node, ok: id !== null, code: id ? undefined : codeOf(answer.body), id, startedAt, endedAt: Date.now() });
      // A refused request comes back at once; the loop does not hammer a node that is down.
      if (!id) await sleep(200);
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  of(node: Node): Sent[] {
    return this.sent.filter((s) => s.node === node);
  }
}

/** Node 3 crashes under write load and rejoins: nodes 1 and 2 serve throughout, and nothing that was answered is lost. */
export function nodeFailureProperty(world: World, cluster: () => GaleraCluster, database: () => string): void {
  describe("a node crashes under load and rejoins", () => {
    const figure = world.figures.of("2 node crash");
    const inspectors = new Map<Node, DbInspector>();

    beforeAll(() => {
      for (const n of NODES) inspectors.set(n, new DbInspector(databaseUrl(n, database())));
    });
    afterAll(async () => {
      await Promise.all([...inspectors.values()].map((i) => i.close()));
    });

    it("with node 3 killed mid-run, no request to the instances on nodes 1 and 2 fails, node 3 rejoins by IST and serves again, and every answered write is on all three nodes", async () => {
      const apis = world.cluster.clients(figure);
      const load = new WriteLoad(apis, world.admin.token, `crash${Date.now().toString(36)}`, 3);
      await sleep(3_000);
      const killedAt = Date.now();
      await cluster().kill(3);
      await sleep(8_000);
      const down = await cluster().status();
      const rejoinStarted = Date.now();
      const how = await cluster().rejoin(3);
      const rejoinedAt = Date.now();
      await sleep(3_000);
      await load.stop();

      // Node 3's instance serves again: its pool replaces the connections the crash broke.
      let served: string | undefined;
      for (let i = 0; i < 20 && served !== "ok"; i++) {
        const answer = await apis[2]?.gql<{ createDomain: { domain: { id: string } } }>(CREATE_DOMAIN, { input: { name: `after-${i}-${Date.now().toString(36)}.galera.example` } }, { token: world.admin.token });
        served = answer?.body.data?.createDomain?.domain.id ? "ok" : codeOf(answer?.body);
        if (served === "ok" && answer?.body.data) load.sent.push({ node: 3, ok: true, code: undefined, id: answer.body.data.createDomain.domain.id, startedAt: Date.now(), endedAt: Date.now() });
        else await sleep(500);
      }

      const c = load.of(3);
      const failedOn3 = c.filter((s) => !s.ok);
      const stall = Math.max(...load.sent.filter((s) => s.node !== 3 && s.startedAt >= killedAt - 1_000 && s.startedAt < killedAt + 10_000).map((s) => s.endedAt - s.startedAt));
      figure.notes.push(
        `writes: node 1 ${load.of(1).length}, node 2 ${load.of(2).length}, node 3 ${c.length} (${failedOn3.length} refused while it was down: ${[...new Set(failedOn3.map((s) => s.code))].join(", ")})`,
        `slowest write on nodes 1-2 around the crash ${stall} ms; rejoin by ${how} in ${((rejoinedAt - rejoinStarted) / 1000).toFixed(1)} s`,
      );
      expect(down[3]).toBe("down");
      expect(down[1]).toMatch(/^ON 2 Synced Primary/);
      expect({ failedOnNode1: load.of(1).filter((s) => !s.ok), failedOnNode2: load.of(2).filter((s) => !s.ok) }).toEqual({ failedOnNode1: [], failedOnNode2: [] });
      expect(how).toMatch(/^IST/);
      expect(served).toBe("ok");
      // Refusals on node 3's instance only while node 3 was down (or had writes in flight when it died).
      expect(failedOn3.filter((s) => s.endedAt < killedAt || s.startedAt > rejoinedAt)).toEqual([]);

      // Nothing lost: every write answered as done is on every node, and the nodes hold the same rows.
      const answered = load.sent.filter((s) => s.ok).map((s) => s.id as string).sort();
      const onNode = async (n: Node) => {
        const db = inspectors.get(n) as DbInspector;
        const ids = (await db.rows<{ id: string }>("SELECT id FROM domains WHERE id IN (?)", [answered])).map((r) => r.id).sort();
        const [domains] = await db.rows<{ n: number | string }>("SELECT COUNT(*) AS n FROM domains");
        const [audit] = await db.rows<{ n: number | string }>("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'DOMAIN_CREATED'");
        return { answeredPresent: ids.length, domains: Number(domains?.n), domainAudits: Number(audit?.n) };
      };
      const [n1, n2, n3] = await Promise.all(NODES.map(onNode));
      expect(n1?.answeredPresent).toBe(answered.length);
      expect({ n2, n3 }).toEqual({ n2: n1, n3: n1 });
      const status = await cluster().status();
      expect(Object.values(status).map((s) => s.split(" ").slice(0, 4).join(" "))).toEqual(Array(3).fill("ON 3 Synced Primary"));
    });
  });
}
