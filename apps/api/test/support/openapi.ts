import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { expect } from "vitest";
import { identityOpenApi } from "#src/http/identity/openapi.js";

const DOC = "urn:mfa:identity-openapi";
const PREFIX = "/v2.0";

type Operation = { responses: Record<string, { $ref?: string; content?: Record<string, { schema?: { $ref?: string } }> }> };

// The document's schemas are JSON Schema 2020-12; ajv reaches them through the document's own `$ref`s.
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(identityOpenApi, DOC);
const compiled = new Map<string, ValidateFunction>();

function validatorOf(schemaRef: string): ValidateFunction {
  let validate = compiled.get(schemaRef);
  if (!validate) {
    validate = ajv.compile({ $ref: `${DOC}${schemaRef}` });
    compiled.set(schemaRef, validate);
  }
  return validate;
}

const templates = Object.keys(identityOpenApi.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`),
}));

/** The schema `$ref` of a response the document gives for this answer (`default` when the status is not listed). */
function documentedSchema(method: string, path: string, status: number): string | null {
  const bare = path.split("?")[0] ?? "";
  const found = bare.startsWith(PREFIX) ? templates.find((t) => t.pattern.test(bare.slice(PREFIX.length))) : undefined;
  const item = found ? (identityOpenApi.paths[found.template] as Record<string, unknown>) : undefined;
  const operation = item?.[method.toLowerCase()] as Operation | undefined;
  // A path or a method the door does not have answers with the document's fault (404 or 405).
  if (!operation) {
    expect([404, 405], `${method} ${path} is not in the OpenAPI document`).toContain(status);
    return "#/components/schemas/Fault";
  }
  const response = operation.responses[String(status)] ?? operation.responses.default;
  const resolved = response?.$ref ? (identityOpenApi.components.responses as Record<string, typeof response>)[response.$ref.split("/").pop() ?? ""] : response;
  const schema = resolved?.content?.["application/json"]?.schema?.$ref;
  return schema ?? null;
}

/** Asserts an answer of the Identity door matches the OpenAPI document: a documented status, and the body its schema. */
export function expectDocumented(method: string, path: string, status: number, body: unknown): void {
  const schemaRef = documentedSchema(method, path, status);
  if (schemaRef === null) {
    expect(body, `${method} ${path} ${status} has no body in the document`).toBeNull();
    return;
  }
  const validate = validatorOf(schemaRef);
  expect(validate(body) ? [] : validate.errors, `${method} ${path} ${status}: ${JSON.stringify(body)}`).toEqual([]);
}
