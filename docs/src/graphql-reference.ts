import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  print,
  astFromValue,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
} from "graphql";
import { cell, heading, paragraph, table } from "./markdown.js";

/** GitHub's heading anchor: lower case, punctuation dropped, spaces as hyphens. */
export const anchorOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, "")
    .replace(/ /g, "-");

/** A type as it is written, linked to its section unless it is a built-in scalar. */
function typeLink(type: GraphQLType): string {
  const named = getNamedType(type);
  const written = `\`${String(type)}\``;
  return isScalarType(named) && isSpecifiedScalarType(named) ? written : `[${written}](#${anchorOf(named.name)})`;
}

function deprecation(item: { deprecationReason?: string | null | undefined }): string {
  return item.deprecationReason ? ` **Deprecated:** ${item.deprecationReason}` : "";
}

function defaultOf(item: GraphQLArgument | GraphQLInputField): string {
  if (item.defaultValue === undefined) return "";
  const ast = astFromValue(item.defaultValue, item.type);
  return ast ? `\`${print(ast)}\`` : "";
}

function argumentTable(args: readonly GraphQLArgument[]): string {
  return table(
    ["Argument", "Type", "Default", "Description"],
    args.map((a) => [`\`${a.name}\``, typeLink(a.type), defaultOf(a), cell(`${a.description ?? ""}${deprecation(a)}`)]),
  );
}

/** One query or mutation: its own section, with what it returns and its arguments. */
function rootField(owner: string, field: GraphQLField<unknown, unknown>): string {
  const parts = [heading(3, `${owner}.${field.name}`), `Returns ${typeLink(field.type)}.${deprecation(field)}`];
  if (field.description) parts.push(paragraph(field.description));
  if (field.args.length) parts.push(argumentTable(field.args));
  return parts.join("\n\n");
}

/** A field of an object type in a table row; its arguments, if any, follow its description. */
function fieldRow(field: GraphQLField<unknown, unknown>): string[] {
  const args = field.args.map((a) => `\`${a.name}: ${String(a.type)}\`${defaultOf(a) ? ` = ${defaultOf(a)}` : ""}${a.description ? `: ${a.description}` : ""}${deprecation(a)}`);
  const description = [field.description ?? "", ...(args.length ? [`Arguments: ${args.join("; ")}.`] : [])].filter(Boolean).join(" ");
  return [`\`${field.name}\``, typeLink(field.type), cell(`${description}${deprecation(field)}`)];
}

function typeSection(type: GraphQLNamedType): string {
  const parts = [heading(3, type.name)];
  if (type.description) parts.push(paragraph(type.description));
  if (isObjectType(type) || isInterfaceType(type)) {
    const interfaces = type.getInterfaces();
    if (interfaces.length) parts.push(`Implements ${interfaces.map(typeLink).join(", ")}.`);
    parts.push(table(["Field", "Type", "Description"], Object.values(type.getFields()).map(fieldRow)));
  } else if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    parts.push(table(["Field", "Type", "Default", "Description"], fields.map((f) => [`\`${f.name}\``, typeLink(f.type), defaultOf(f), cell(`${f.description ?? ""}${deprecation(f)}`)])));
  } else if (isUnionType(type)) {
    parts.push(`One of ${type.getTypes().map(typeLink).join(", ")}; ask for \`__typename\` to tell them apart.`);
  } else if (isEnumType(type)) {
    parts.push(table(["Value", "Description"], type.getValues().map((v) => [`\`${v.name}\``, cell(`${v.description ?? ""}${deprecation(v)}`)])));
  }
  return parts.join("\n\n");
}

const GROUPS: { title: string; test: (type: GraphQLNamedType) => boolean }[] = [
  { title: "Objects", test: isObjectType },
  { title: "Interfaces", test: isInterfaceType },
  { title: "Unions", test: isUnionType },
  { title: "Input objects", test: isInputObjectType },
  { title: "Enums", test: isEnumType },
  { title: "Scalars", test: (t) => isScalarType(t) && !isSpecifiedScalarType(t) },
];

function namedTypes(schema: GraphQLSchema): GraphQLNamedType[] {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean).map((t) => t?.name));
  return Object.values(schema.getTypeMap())
    .filter((t) => !t.name.startsWith("__") && !roots.has(t.name))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
}

/** The whole reference, in Markdown, from the schema's SDL. */
export function renderGraphqlReference(sdl: string, source: string): string {
  const schema = buildSchema(sdl);
  const sections: { title: string; body: string[] }[] = [];
  for (const [title, root] of [
    ["Queries", schema.getQueryType()],
    ["Mutations", schema.getMutationType()],
    ["Subscriptions", schema.getSubscriptionType()],
  ] as const) {
    if (!root) continue;
    const fields = Object.values(root.getFields()).sort((a, b) => a.name.localeCompare(b.name, "en"));
    sections.push({ title, body: fields.map((f) => rootField(root.name, f)) });
  }
  const types = namedTypes(schema);
  for (const group of GROUPS) {
    const members = types.filter(group.test);
    if (members.length) sections.push({ title: group.title, body: members.map(typeSection) });
  }
  return [
    heading(1, "GraphQL reference"),
    paragraph(
      `Generated from \`${source}\` by \`pnpm run docs\` (the build runs it too). Do not edit this file: descriptions come from the API's code (\`description\` of its decorators); change them there and regenerate.`,
    ),
    paragraph(
      "Send operations with `POST /graphql` and a JSON body `{\"query\", \"variables\", \"operationName\"}`; sign in with `login` (and `completeLogin`), then send `Authorization: Bearer <token>`. The [guides](../README.md) walk through the flows; [error codes](error-codes.md) and [limits](../limits.md) are beside this file.",
    ),
    `Contents: ${sections.map((s) => `[${s.title}](#${anchorOf(s.title)})`).join(" · ")}`,
    ...sections.map((s) => [heading(2, s.title), ...s.body].join("\n\n")),
  ].join("\n\n") + "\n";
}
