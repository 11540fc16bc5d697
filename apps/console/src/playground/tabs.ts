/**
 * The playground's first tabs: the main flows of the API, in the order an integrator meets them. Each opens with a
 * comment saying what it does and where its inputs come from; its variables hold placeholders in angle brackets.
 * A test validates every operation against the schema the API emits, so a renamed field fails it.
 */

export interface PlaygroundTab {
  readonly query: string;
  /** JSON, as the variables editor shows it. */
  readonly variables?: string;
}

/** What the header panel holds until the integrator pastes a token in. */
export const TOKEN_PLACEHOLDER = "<token from the sign-in tabs>";

export const DEFAULT_HEADERS = `{
  "Authorization": "Bearer ${TOKEN_PLACEHOLDER}"
}`;

const json = (value: unknown) => JSON.stringify(value, null, 2);

const signIn: PlaygroundTab = {
  query: `# 1. Sign in: username and password (no token
# yet). Fill in the Variables below, then run
# (Ctrl+Enter). "cookie": false returns the token
# in the answer. The answer is one of:
# - LoginSuccess: signed in. Copy "token" into
#   the Headers panel below.
# - MfaChallenge: a code is needed. Copy
#   "challengeId" into tab 2. For a phone, the
#   code is texted now (to "smsSentTo").
# - MfaSetupRequired: MFA is required and nothing
#   is set up: "token" may only enrol a device
#   (tab 4).
mutation SignIn($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on LoginSuccess {
      token
      expiresAt
      authenticatedBy
      user { id username kind }
    }
    ... on MfaChallenge {
      challengeId
      expiresAt
      smsSentTo
      factors {
        id
        kind
        name
        maskedPhone
        isDefault
      }
    }
    ... on MfaSetupRequired {
      token
      expiresAt
      user { id username }
    }
  }
}
`,
  variables: json({ input: { username: "<username, e.g. admin>", password: "<password>", cookie: false } }),
};

const completeSignIn: PlaygroundTab = {
  query: `# 2. Sign in, step two: the code, with the
# challengeId of tab 1 (it works once, for 10
# minutes). The code comes from:
# - an authenticator app: the 6 digits it shows;
# - a phone: the code texted at step one (to text
#   another of the user's phones, call
#   sendLoginPasscode with a factor id of tab 1).
#   In development the outbox keeps the texts: an
#   account admin reads them on the console's SMS
#   outbox page;
# - a recovery code, or a bypass code from an
#   admin.
# Then copy "token" into the Headers panel below.
mutation CompleteSignIn(
  $input: CompleteLoginInput!
) {
  completeLogin(input: $input) {
    token
    expiresAt
    authenticatedBy
    user { id username kind }
  }
}
`,
  variables: json({ input: { challengeId: "<challengeId from tab 1>", passcode: "<code>", cookie: false } }),
};

const mySecurity: PlaygroundTab = {
  query: `# 3. Me and my second factors (needs the token).
# "policy": the requirement in force for me (an
# admin's override wins over my domain's).
# "mfaPassed": this session passed a second
# factor.
query MySecurity {
  me {
    id
    username
    kind
    mfaPassed
    security {
      policy
      policyExplanation
      mfaEnabled
      canEnroll
      locked
      recoveryCodesLeft
      devices {
        id
        kind
        name
        verified
        isDefault
        maskedPhone
        lastUsedAt
      }
    }
  }
}
`,
};

const enrolApp: PlaygroundTab = {
  query: `# 4. Set up an authenticator app: run EnrolApp,
# then VerifyApp (the run button asks which).
# EnrolApp shows the secret and the otpauth URI
# once: add it to the app. Put device.id and the
# app's 6-digit code in "verify", then run
# VerifyApp. Both need a sign-in from the last 10
# minutes (else RECENT_AUTH_REQUIRED: call
# reauthenticate). After a setup-only sign-in,
# VerifyApp returns a full token: use it.
mutation EnrolApp($input: EnrollTotpInput!) {
  enrollTotp(input: $input) {
    secret
    otpauthUri
    device { id name verified }
  }
}

mutation VerifyApp($verify: VerifyDeviceInput!) {
  verifyDevice(input: $verify) {
    token
    device { id name verified isDefault }
  }
}
`,
  variables: json({
    input: { name: "Work phone" },
    verify: { deviceId: "<device.id from EnrolApp>", code: "<code from the app>" },
  }),
};

const domains: PlaygroundTab = {
  query: `# 5. The account's domains (account admins
# only): a tree of roots and children, each with
# its policy and coverage (mailboxes, enrolled,
# locked). An admin with a second factor must
# have signed in with it (else MFA_REQUIRED).
query Domains {
  domains {
    id
    name
    policy
    coverage { mailboxes enrolled locked }
    children {
      id
      name
      policy
      coverage { mailboxes enrolled locked }
    }
  }
}
`,
};

const mailboxes: PlaygroundTab = {
  query: `# 6. A domain's mailboxes and their MFA status
# (admins); domainId: an id from tab 5. Filter
# by mfaStatus (ENROLLED, NOT_ENROLLED, LOCKED)
# or search the address or name. Page with
# "first" (at most 100) and "after" (the last
# endCursor).
query Mailboxes(
  $domainId: ID!
  $filter: MailboxFilter
  $first: Int!
  $after: String
) {
  mailboxes(
    domainId: $domainId
    filter: $filter
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      username
      mfaStatus
      devices
      lockedAt
      mfaOverride
    }
  }
}
`,
  variables: json({ domainId: "<domain id from tab 5>", filter: { mfaStatus: null, search: null }, first: 20, after: null }),
};

const setPolicy: PlaygroundTab = {
  query: `# 7. A domain's MFA policy (admins): preview,
# then save. Run PreviewPolicy to see who would
# be signed out or must enrol, then SetPolicy
# (same variables). REQUIRED (Force-On) ends at
# once the sessions that did not pass MFA.
# Children keep their own policy unless
# includeChildren is true. Weakening it (OPTIONAL
# or OFF) needs a recent reauthenticate.
query PreviewPolicy(
  $domainId: ID!
  $policy: PolicyLevel!
  $includeChildren: Boolean!
) {
  policyImpact(
    domainId: $domainId
    policy: $policy
    includeChildren: $includeChildren
  ) {
    affected
    loggedOut { count sample }
    mustEnrol { count sample }
  }
}

mutation SetPolicy(
  $domainId: ID!
  $policy: PolicyLevel!
  $includeChildren: Boolean!
) {
  setDomainMfaPolicy(input: {
    domainId: $domainId
    policy: $policy
    includeChildren: $includeChildren
  }) {
    revokedSessions
    domains { id name policy }
  }
}
`,
  variables: json({ domainId: "<domain id from tab 5>", policy: "REQUIRED", includeChildren: false }),
};

export const PLAYGROUND_TABS: readonly PlaygroundTab[] = [signIn, completeSignIn, mySecurity, enrolApp, domains, mailboxes, setPolicy];
