/** Admin pages on the large tenant: latency over repeated runs and the SQL statements of one run. */
import { generateTotp } from "@mfa/core";
import { summarize } from "./stats.mjs";

const MAILBOXES = `query Mailboxes($domainId: ID!, $filter: MailboxFilter, $first: Int!, $after: String) {
  mailboxes(domainId: $domainId, filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id username displayName mfaStatus devices mfaOverride mfaEnabled lockedAt }
  }
}`;
const DOMAINS = `query Domains {
  domains { id name policy coverage { mailboxes enrolled locked }
    children { id name policy coverage { mailboxes enrolled locked }
      children { id name policy coverage { mailboxes enrolled locked } children { id } } } }
}`;
const IMPACT = `query Impact($domainId: ID!) {
  policyImpact(domainId: $domainId, policy: REQUIRED) { affected loggedOut { count countIsEstimate sample } mustEnrol { count sample } }
}`;
/** A search's matches are counted up to this many. */
const CAP = 1000;
const SWITCH = `mutation Switch($domainId: ID!) {
  setDomainMfaPolicy(input: { domainId: $domainId, policy: REQUIRED }) { revokedSessions domains { id policy coverage { mailboxes enrolled locked } } }
}`;
const AUDIT = `query Audit {
  auditEvents(first: 50) { totalCount pageInfo { hasNextPage endCursor } nodes { id action outcome detail ip createdAt actorUsername targetUsername } }
}`;
const LOGIN = "mutation Login($input: LoginInput!) { login(input: $input) { __typename ... on LoginSuccess { token } ... on MfaChallenge { challengeId } } }";
const COMPLETE = "mutation Complete($input: CompleteLoginInput!) { completeLogin(input: $input) { token } }";

const brief = (body) => JSON.stringify(body).slice(0, 300);

/** The admin's MFA-passed session: the password, then a code from their authenticator. */
export async function adminToken(client, username, password, secret) {
  const res = await client.gql(LOGIN, { input: { username, password } });
  const challengeId = res.body?.data?.login?.challengeId;
  if (!challengeId) throw new Error(`admin login failed: HTTP ${res.status} ${brief(res.body)}`);
  const done = await client.gql(COMPLETE, { input: { challengeId, passcode: generateTotp({ secret, nowMs: Date.now() }) } });
  const token = done.body?.data?.completeLogin?.token;
  if (!token) throw new Error(`admin passcode step failed: HTTP ${done.status} ${brief(done.body)}`);
  return token;
}

/**
 * The operations measured. Each has `run(token)` (one request, throws on a bad answer) and, when
 * a run changes data, `reset()` to put it back before the next run.
 */
export function adminOperations({ client, db, largest, domains, seedStartedAt }) {
  // The answers are checked against what the generator inserted: a schema change the generator
  // does not know about (a new derived column, say) must fail the run, not skew it.
  const mismatch = (what, got, want) =>
    new Error(`${what}: the API answers ${got}, the generated data holds ${want} (does the generator match the current schema?)`);
  const call = async (token, query, variables, pick) => {
    const res = await client.gql(query, variables, { authorization: `Bearer ${token}` });
    if (res.status !== 200 || res.body.errors || !res.body.data) throw new Error(`HTTP ${res.status} ${brief(res.body)}`);
    return pick(res.body.data);
  };
  const page = (filter, label, expected) => ({
    key: `mailboxes:${label}`,
    label: `mailboxes page of 100, ${label}`,
    group: "mailboxes",
    run: async (token) => {
      const data = await call(token, MAILBOXES, { domainId: largest.id, filter, first: 100 }, (d) => d.mailboxes);
      const want = filter?.search && expected !== undefined ? Math.min(expected, CAP) : expected;
      if (want !== undefined && data.totalCount !== want) throw mismatch(`mailboxes ${label}`, data.totalCount, want);
      if (!Array.isArray(data.nodes) || data.nodes.length === 0) throw new Error(`no rows for ${label}`);
      return `${data.totalCount} match`;
    },
  });
  const byId = new Map(domains.map((d) => [d.id, d]));
  let secondPageCursor = null;
  return [
    {
      ...page(null, "no filter", largest.mailboxes),
      prepare: async (token) => {
        const data = await call(token, MAILBOXES, { domainId: largest.id, first: 100 }, (d) => d.mailboxes);
        secondPageCursor = data.pageInfo.endCursor;
      },
    },
    { ...page(null, "next page (cursor)"), run: async (token) => {
      const data = await call(token, MAILBOXES, { domainId: largest.id, first: 100, after: secondPageCursor }, (d) => d.mailboxes);
      if (!data.nodes.length) throw new Error("empty second page");
      return `${data.totalCount} match`;
    } },
    page({ mfaStatus: "ENROLLED" }, "status ENROLLED", largest.enrolledActive),
    page({ mfaStatus: "NOT_ENROLLED" }, "status NOT_ENROLLED", largest.notEnrolledActive),
    page({ mfaStatus: "LOCKED" }, "status LOCKED", largest.locked),
    page({ search: "smith" }, 'search "smith"', largest.smith),
    page({ search: "smith", mfaStatus: "ENROLLED" }, 'search "smith", status ENROLLED'),
    {
      key: "domains",
      label: "domains tree with coverage",
      group: "coverage",
      run: async (token) => {
        const roots = await call(token, DOMAINS, {}, (d) => d.domains);
        let total = 0;
        let seen = 0;
        const walk = (nodes) =>
          nodes.forEach((n) => {
            const want = byId.get(n.id);
            if (n.coverage) {
              total += n.coverage.mailboxes;
              if (want) {
                seen++;
                const got = `${n.coverage.mailboxes}/${n.coverage.enrolled}/${n.coverage.locked}`;
                const wanted = `${want.mailboxes}/${want.enrolled}/${want.locked}`;
                if (got !== wanted) throw mismatch(`coverage (mailboxes/enrolled/locked) of ${n.name}`, got, wanted);
              }
            }
            walk(n.children ?? []);
          });
        walk(roots);
        if (seen !== domains.length) throw new Error(`the tree shows ${seen} of the ${domains.length} domains with coverage`);
        return `${total} mailboxes`;
      },
    },
    {
      key: "impact",
      label: "policyImpact(largest domain, REQUIRED)",
      group: "impact",
      run: async (token) => {
        const impact = await call(token, IMPACT, { domainId: largest.id }, (d) => d.policyImpact);
        if (largest.followers !== undefined) {
          const got = `${impact.affected}/${impact.mustEnrol.count}`;
          const wanted = `${largest.followers}/${largest.followersNotEnrolled}`;
          if (got !== wanted) throw mismatch("policyImpact (affected/mustEnrol)", got, wanted);
          // Signed in without MFA: exact, or an estimate from the first mailboxes looked at (within a third here).
          const off = Math.abs(impact.loggedOut.count - largest.liveNonMfaSessions);
          if (impact.loggedOut.countIsEstimate ? off > largest.liveNonMfaSessions / 3 : off !== 0) throw mismatch("policyImpact loggedOut", impact.loggedOut.count, largest.liveNonMfaSessions);
        }
        return `${impact.affected} affected, ${impact.loggedOut.countIsEstimate ? "about " : ""}${impact.loggedOut.count} logged out, ${impact.mustEnrol.count} must enrol`;
      },
    },
    {
      key: "switch",
      label: "setDomainMfaPolicy(largest, REQUIRED)",
      group: "switch",
      runs: 10,
      reset: async () => {
        await db.query("UPDATE domains SET mfa_policy = 'OPTIONAL' WHERE id = ?", [largest.id]);
        await db.query("UPDATE sessions SET revoked_at = NULL, revoked_reason = NULL WHERE revoked_reason = 'POLICY_REQUIRED' AND revoked_at >= ?", [seedStartedAt]);
      },
      run: async (token) => {
        const result = await call(token, SWITCH, { domainId: largest.id }, (d) => d.setDomainMfaPolicy);
        if (!(result.revokedSessions > 0)) throw new Error(`no session revoked: ${brief(result)}`);
        return `${result.revokedSessions} sessions revoked`;
      },
    },
    {
      key: "audit",
      label: "auditEvents first page (50)",
      group: "audit",
      run: async (token) => {
        const data = await call(token, AUDIT, {}, (d) => d.auditEvents);
        if (data.nodes.length !== 50) throw new Error("short audit page");
        return `${data.totalCount} events`;
      },
    },
  ];
}

/** Warm-up, then `runs` timed runs (client-side, full response), each preceded by its reset. */
export async function timeOperation(op, token, { runs = 30, warmup = 2, budgetMs = 60_000 }) {
  const total = op.runs ?? runs;
  let note = "";
  for (let i = 0; i < warmup; i++) {
    if (op.reset) await op.reset();
    note = await op.run(token);
  }
  const times = [];
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    if (op.reset) await op.reset();
    const t0 = performance.now();
    note = await op.run(token);
    times.push(performance.now() - t0);
    if (performance.now() - started > budgetMs && times.length >= 5) break;
  }
  if (op.reset) await op.reset();
  return { latency: summarize(times), note };
}
