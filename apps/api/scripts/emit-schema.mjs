// Writes the GraphQL schema the API serves to schema.graphql, for the console's code generation.
import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { lexicographicSortSchema, printSchema } from "graphql";

const { buildAppSchema } = await import("../dist/schema.js");
const schema = await buildAppSchema();
const target = new URL("../schema.graphql", import.meta.url);
writeFileSync(target, `${printSchema(lexicographicSortSchema(schema))}\n`);
console.log("schema written to apps/api/schema.graphql");
