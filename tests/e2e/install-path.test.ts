import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBuiltServer, type RunningServer } from "../support/built-server.js";
import { installUnderHiddenFolder, type HiddenInstall } from "../support/hidden-install.js";
import { assertBuilt } from "../support/paths.js";

const html = { accept: "text/html" };

describe("the compiled server installed under a hidden folder (a clone inside ~/.cache/...)", () => {
  let install: HiddenInstall;
  let server: RunningServer;

  beforeAll(async () => {
    assertBuilt();
    install = installUnderHiddenFolder();
    server = await startBuiltServer({}, { main: install.apiMain, cwd: install.root });
  });
  afterAll(async () => {
    await server?.stop();
    install?.remove();
  });

  it("runs from a path with a dot-folder", () => {
    expect(install.apiMain).toContain("/.cache/");
  });

  it("serves the console's index.html at / and at a deep link", async () => {
    const index = readFileSync(join(install.consoleDist, "index.html"), "utf8");
    for (const path of ["/", "/security"]) {
      const res = await fetch(`${server.url}${path}`, { headers: html });
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toBe(index);
    }
  });

  it("serves the console's scripts", async () => {
    const index = readFileSync(join(install.consoleDist, "index.html"), "utf8");
    const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1];
    expect(script).toBeDefined();
    const res = await fetch(`${server.url}${script}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/javascript/);
  });

  it("serves the GraphQL playground to a browser at /graphql", async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: html });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(readFileSync(join(install.consoleDist, "playground.html"), "utf8"));
  });
});
