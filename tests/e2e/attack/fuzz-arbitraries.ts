import fc from "fast-check";

/** How a mutation argument (or input field) is typed in the schema. */
export type Kind = "string" | "id" | "bool" | "int" | { enum: readonly string[] };

export interface MutationSpec {
  readonly name: string;
  /** A top-level argument: a scalar, or an input object with its fields. */
  readonly args: readonly { name: string; type: string; kind?: Kind; fields?: Record<string, Kind> }[];
  readonly selection: string;
  /** Which sessions the fuzz sends it with. */
  readonly sessions: "sign-in" | "self" | "admin" | "none";
}

const POLICY: Kind = { enum: ["OFF", "OPTIONAL", "REQUIRED"] };
const OVERRIDE: Kind = { enum: ["DEFAULT", "OPTIONAL", "REQUIRED"] };
const SECURITY = "{ security { locked mfaEnabled } }";
const DEVICE = "{ device { id verified } }";
const ADMIN_USER = "{ user { id mfaStatus } }";

/** Every mutation of the committed schema, with the types of its inputs. */
export const MUTATIONS: readonly MutationSpec[] = [
  { name: "login", args: [{ name: "input", type: "LoginInput!", fields: { username: "string", password: "string", cookie: "bool" } }], selection: "{ __typename }", sessions: "sign-in" },
  {
    name: "completeLogin",
    args: [{ name: "input", type: "CompleteLoginInput!", fields: { challengeId: "id", passcode: "string", deviceId: "id", cookie: "bool" } }],
    selection: "{ token }",
    sessions: "sign-in",
  },
  { name: "sendLoginPasscode", args: [{ name: "input", type: "SendLoginPasscodeInput!", fields: { challengeId: "id", deviceId: "id" } }], selection: "{ sentTo }", sessions: "sign-in" },
  { name: "reauthenticate", args: [{ name: "input", type: "ReauthenticateInput!", fields: { password: "string" } }], selection: "{ validUntil }", sessions: "self" },
  { name: "logout", args: [], selection: "{ ok }", sessions: "none" },
  { name: "enrollTotp", args: [{ name: "input", type: "EnrollTotpInput!", fields: { name: "string" } }], selection: DEVICE, sessions: "self" },
  { name: "addPhone", args: [{ name: "input", type: "AddPhoneInput!", fields: { country: "string", number: "string", name: "string" } }], selection: DEVICE, sessions: "self" },
  { name: "resendPhoneVerification", args: [{ name: "deviceId", type: "ID!", kind: "id" }], selection: DEVICE, sessions: "self" },
  { name: "verifyDevice", args: [{ name: "input", type: "VerifyDeviceInput!", fields: { deviceId: "id", code: "string", makeDefault: "bool" } }], selection: "{ token device { id } }", sessions: "self" },
  { name: "setDefaultDevice", args: [{ name: "deviceId", type: "ID!", kind: "id" }], selection: DEVICE, sessions: "self" },
  { name: "setBackupPhone", args: [{ name: "deviceId", type: "ID!", kind: "id" }], selection: DEVICE, sessions: "self" },
  { name: "removeDevice", args: [{ name: "deviceId", type: "ID!", kind: "id" }], selection: SECURITY, sessions: "self" },
  { name: "removeAllDevices", args: [], selection: SECURITY, sessions: "self" },
  { name: "setMfaEnabled", args: [{ name: "enabled", type: "Boolean!", kind: "bool" }], selection: SECURITY, sessions: "self" },
  { name: "generateRecoveryCodes", args: [{ name: "quantity", type: "Int!", kind: "int" }], selection: "{ codes }", sessions: "self" },
  { name: "createDomain", args: [{ name: "input", type: "CreateDomainInput!", fields: { name: "string", parentId: "id" } }], selection: "{ domain { id } }", sessions: "admin" },
  {
    name: "createMailbox",
    args: [{ name: "input", type: "CreateMailboxInput!", fields: { domainId: "id", localPart: "string", displayName: "string", password: "string" } }],
    selection: ADMIN_USER,
    sessions: "admin",
  },
  { name: "deleteMailbox", args: [{ name: "userId", type: "ID!", kind: "id" }], selection: "{ deletedUserId }", sessions: "admin" },
  {
    name: "setDomainMfaPolicy",
    args: [{ name: "input", type: "SetDomainMfaPolicyInput!", fields: { domainId: "id", policy: POLICY, includeChildren: "bool" } }],
    selection: "{ revokedSessions }",
    sessions: "admin",
  },
  { name: "setAccountAdminMfaPolicy", args: [{ name: "policy", type: "PolicyLevel!", kind: POLICY }], selection: "{ account { id } }", sessions: "admin" },
  { name: "resetUserMfa", args: [{ name: "userId", type: "ID!", kind: "id" }], selection: ADMIN_USER, sessions: "admin" },
  { name: "unlockUser", args: [{ name: "userId", type: "ID!", kind: "id" }], selection: ADMIN_USER, sessions: "admin" },
  {
    name: "setSmsSettings",
    args: [{ name: "input", type: "SetSmsSettingsInput!", fields: { allowedCountries: "string" } }],
    selection: "{ settings { allowedCountries } }",
    sessions: "admin",
  },
  {
    name: "setUserMfaOverride",
    args: [
      { name: "userId", type: "ID!", kind: "id" },
      { name: "level", type: "UserOverride!", kind: OVERRIDE },
    ],
    selection: ADMIN_USER,
    sessions: "admin",
  },
];

/** Digits of other scripts: a code typed on a phone set to Arabic, Persian, Devanagari, full-width... */
const UNICODE_DIGITS = ["０１２３４５６７８９", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "०१२३४५६७८९", "০১২৩৪৫৬৭৮৯", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗", "⁰¹²³⁴⁵⁶⁷⁸⁹", "①②③④⑤⑥⑦⑧⑨"];

const SQL_AND_WILDCARDS = [
  "' OR '1'='1",
  "' OR 1=1 -- ",
  '"; DROP TABLE users; --',
  "admin'--",
  "x' UNION SELECT password_hash FROM users -- ",
  "1; SELECT SLEEP(10)",
  "%",
  "%%",
  "_",
  "%_%",
  "\\",
  "\\%",
  "*",
  "?",
  "[a-z]",
  "%' AND mfa_failures > 0 AND '%'='",
  "\u0000",
  "a\u0000b",
  "\u202e\u202d",
  "${jndi:ldap://127.0.0.1/a}",
  "{{7*7}}",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "NaN",
  "null",
  "undefined",
  "-0",
  "1e309",
];

/** Strings a hostile client would send where a string is expected. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 3, arbitrary: fc.constantFrom(...SQL_AND_WILDCARDS) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...UNICODE_DIGITS), fc.integer({ min: 4, max: 10 })).map(([set, n]) => [...set].slice(0, n).join("")) },
  { weight: 2, arbitrary: fc.stringMatching(/^[0-9]{4,10}$/) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("a", "1", "%", "é", "😀", "'"), fc.integer({ min: 65, max: 70_000 })).map(([c, n]) => c.repeat(n)) },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{43}$/) },
  { weight: 1, arbitrary: fc.emailAddress() },
);

/** Any JSON value: the wrong type for whatever the schema expects. */
export const wrongType: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 });

function valueOf(kind: Kind, ids: readonly string[]): fc.Arbitrary<unknown> {
  let right: fc.Arbitrary<unknown>;
  const known = ids.length > 0 ? [fc.constantFrom(...ids)] : [];
  // Known ids (sessions, challenges, devices) go only where an id is expected: a name or text field that kept one
  // would store a value the secrets-at-rest scan rightly looks for.
  if (kind === "string") right = hostileString;
  else if (kind === "id") right = fc.oneof(hostileString, fc.uuid(), fc.integer(), ...known);
  else if (kind === "bool") right = fc.boolean();
  else if (kind === "int") right = fc.oneof(fc.integer({ min: -20, max: 20 }), fc.integer(), fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1e20, 0.5));
  else right = fc.oneof(fc.constantFrom(...kind.enum), hostileString);
  return fc.oneof({ weight: 6, arbitrary: right }, { weight: 2, arbitrary: wrongType }, { weight: 1, arbitrary: fc.constant(null) });
}

/** Extra keys a client may add to an input object. */
const unknownFields = fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });

/** The variables of one call: each argument well-typed but hostile, of the wrong type, missing, or with unknown fields. */
export function variablesFor(spec: MutationSpec, ids: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const entries = spec.args.map((arg) => {
    let value: fc.Arbitrary<unknown>;
    if (arg.fields) {
      const fields = Object.fromEntries(Object.entries(arg.fields).map(([name, kind]) => [name, valueOf(kind, ids)]));
      const record = fc.record(fields, { requiredKeys: [] });
      value = fc.oneof(
        { weight: 6, arbitrary: record },
        { weight: 2, arbitrary: fc.tuple(record, unknownFields).map(([r, extra]) => ({ ...extra, ...r })) },
        { weight: 1, arbitrary: wrongType },
      );
    } else {
      value = valueOf(arg.kind ?? "string", ids);
    }
    return [arg.name, fc.option(value, { freq: 12, nil: undefined })] as const;
  });
  return fc.record(Object.fromEntries(entries)).map((vars) => Object.fromEntries(Object.entries(vars).filter(([, v]) => v !== undefined)));
}

export function typedDocument(spec: MutationSpec): string {
  const params = spec.args.map((a) => `$${a.name}: ${a.type}`).join(", ");
  const call = spec.args.map((a) => `${a.name}: $${a.name}`).join(", ");
  return `mutation Fuzz${params ? `(${params})` : ""} { ${spec.name}${call ? `(${call})` : ""} ${spec.selection} }`;
}

/** A GraphQL literal for a JSON value (strings escaped as JSON, which GraphQL reads the same way). */
function literal(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  const fields = Object.entries(value as Record<string, unknown>).filter(([k]) => /^[_A-Za-z][_0-9A-Za-z]*$/.test(k));
  return `{ ${fields.map(([k, v]) => `${k}: ${literal(v)}`).join(", ")} }`;
}

/** The same call with its arguments written inline in the document. */
export function inlineDocument(spec: MutationSpec, variables: Record<string, unknown>): string {
  const call = Object.entries(variables)
    .map(([k, v]) => `${k}: ${literal(v)}`)
    .join(", ");
  return `mutation { ${spec.name}${call ? `(${call})` : ""} ${spec.selection} }`;
}

const ident = fc.stringMatching(/^[_A-Za-z][_0-9A-Za-z]{0,15}$/);
const LOGIN_CALL = (i: number) => `login(input: { username: "u${i}@nowhere.example", password: "not-the-password-${i}" }) { __typename }`;

/** Whole documents built to hurt, by family: deep, wide, aliased, cyclic, unknown, wrong operations, not GraphQL. */
export const DOCUMENT_FAMILIES: Readonly<Record<string, fc.Arbitrary<string>>> = {
  "deep selections": fc.oneof(
    fc.integer({ min: 1, max: 40 }).map((n) => {
      let selection = "{ id }";
      for (let i = 0; i < n; i++) selection = `{ id children ${selection} }`;
      return `mutation { setDomainMfaPolicy(input: { domainId: "x", policy: OFF }) { domains ${selection} } }`;
    }),
    fc.integer({ min: 1, max: 40 }).map((n) => `{ domains ${"{ children ".repeat(n)}{ id }${" }".repeat(n)} }`),
  ),
  "wide selections": fc.oneof(
    fc.integer({ min: 1, max: 2_500 }).map((n) => `mutation { logout { ${"ok ".repeat(n)}} }`),
    fc.integer({ min: 1, max: 600 }).map((n) => `{ ${Array.from({ length: n }, (_, i) => `f${i}: health { status }`).join(" ")} }`),
    fc.integer({ min: 400, max: 1_500 }).map((n) => `{ ${"health { status } ".repeat(n)} }`),
  ),
  "aliased sign-in steps": fc.oneof(
    fc.integer({ min: 2, max: 40 }).map((n) => `mutation { ${Array.from({ length: n }, (_, i) => `a${i}: ${LOGIN_CALL(i)}`).join(" ")} }`),
    fc.integer({ min: 2, max: 30 }).map((n) => `mutation { ${Array.from({ length: n }, (_, i) => `c${i}: completeLogin(input: { challengeId: "x${i}", passcode: "${100000 + i}" }) { token }`).join(" ")} }`),
  ),
  "fragment cycles and repeats": fc.oneof(
    fc.integer({ min: 1, max: 6 }).map((k) => {
      const fragments = Array.from({ length: k }, (_, i) => `fragment F${i} on Mutation { ${i === 0 ? LOGIN_CALL(0) : "logout { ok }"} ...F${(i + 1) % k} }`);
      return `mutation { ...F0 } ${fragments.join(" ")}`;
    }),
    fc.integer({ min: 1, max: 6 }).map((k) => `mutation { ...F0 ...F0 } ${Array.from({ length: k }, (_, i) => `fragment F${i} on Mutation { ${LOGIN_CALL(i)} ${i + 1 < k ? `...F${i + 1}` : ""} }`).join(" ")}`),
  ),
  "unknown fields, arguments and directives": fc.oneof(
    fc.tuple(fc.constantFrom(...MUTATIONS.map((m) => m.name)), ident).map(([name, field]) => `mutation { ${name} { ${field} } }`),
    ident.map((name) => `mutation { ${name} }`),
    fc.tuple(ident, fc.jsonValue({ maxDepth: 1 })).map(([arg, value]) => `mutation { logout(${arg}: ${literal(value)}) { ok } }`),
    fc.integer({ min: 1, max: 60 }).map((n) => `mutation { logout ${"@skip(if: true) ".repeat(n)}{ ok } }`),
    ident.map((name) => `mutation { logout @${name} { ok } }`),
  ),
  "wrong operations": fc.constantFrom(
    "mutation A { logout { ok } } mutation B { logout { ok } }",
    "subscription { health { status } }",
    'query { login(input: { username: "a", password: "b" }) { __typename } }',
    "mutation ($x: String) { login(input: { username: $y, password: $x }) { __typename } }",
    "mutation { __schema { types { name } } }",
    "{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }",
    "mutation { __typename }",
    "",
  ),
  "not GraphQL": fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: fc.constantFrom(..."{}()[]:$@!.=|&\"\\#,... \n"), maxLength: 200 })),
};
