import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { identityOpenApi } from "#src/http/identity/openapi.js";
import { ENGINES } from "../support/engines.js";
import { expectDocumented } from "../support/openapi.js";
import { startTestServer, type TestServer } from "../support/server.js";

describe("the Identity door's OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(structuredClone(identityOpenApi));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("refuses answers it does not describe: a missing field, an extra field, an undocumented status or path", () => {
    const user = { id: "u1", username: "a@b.c", enabled: true, email: "a@b.c", "RAX-AUTH:domainId": "a1", "RAX-AUTH:multiFactorEnabled": false, "RAX-AUTH:userMultiFactorEnforcementLevel": "DEFAULT" };
    expectDocumented("GET", "/v2.0/users/u1", 200, { user });
    expect(() => expectDocumented("GET", "/v2.0/users/u1", 200, { user: { ...user, enabled: undefined } })).toThrow();
    expect(() => expectDocumented("GET", "/v2.0/users/u1", 200, { user: { ...user, secret: "x" } })).toThrow();
    expect(() => expectDocumented("GET", "/v2.0/users/u1", 201, { user })).toThrow();
    expect(() => expectDocumented("GET", "/v2.0/users/u1", 404, { notFound: { code: 404, message: "x" } })).toThrow();
    expect(() => expectDocumented("GET", "/v2.0/elsewhere", 200, {})).toThrow();
    expectDocumented("GET", "/v2.0/elsewhere", 404, { itemNotFound: { code: 404, message: "Resource not found." } });
  });
});

describe.each(ENGINES)("GET /v2.0/openapi.json on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine);
  });
  afterAll(async () => t?.close());

  it("serves the document without a token, as JSON", async () => {
    const res = await fetch(`${t.url}/v2.0/openapi.json`, { headers: { accept: "application/json" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(identityOpenApi)));
  });
});
