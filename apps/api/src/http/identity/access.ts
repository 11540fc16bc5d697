import type { Request } from "express";
import type { ApiKeyCaller } from "#src/modules/api-keys/api-key-caller.js";
import type { IssuedSession } from "#src/modules/sessions/sessions.service.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";

/** Ours: account admins hold Identity's user-admin role (id 3, as in its docs), mailboxes the default role. */
const ROLES = {
  ADMIN: { id: "3", name: "identity:user-admin", description: "User Admin Role." },
  MAILBOX: { id: "2", name: "identity:default", description: "Default Role." },
} as const;

/** Ours: an API key's token holds the role of its scope (a key is not a person: not the user-admin role). */
const KEY_ROLES = {
  READ: { id: "mfa-api-key-read", name: "mfa:api-key-read", description: "API key: reads the account's MFA administration." },
  ADMIN: { id: "mfa-api-key-admin", name: "mfa:api-key-admin", description: "API key: acts as the account's admin." },
} as const;

/** This service's own endpoints, at the address the client called (honours `trust proxy`). */
function serviceCatalog(req: Request) {
  const base = `${req.protocol}://${req.get("host") ?? "localhost"}`;
  return [
    { name: "mfa-graphql", type: "graphql", endpoints: [{ publicURL: `${base}/graphql` }] },
    { name: "mfa-identity", type: "identity", endpoints: [{ publicURL: `${base}/v2.0` }] },
  ];
}

/**
 * The 200 body of `POST /v2.0/tokens`. A SETUP-MFA token says so on the token and has no
 * `serviceCatalog`: it may only set up a device.
 */
export function accessOf(req: Request, user: UserEntity, issued: IssuedSession, authenticatedBy: string[], setupOnly = false) {
  const token = {
    id: issued.token,
    expires: new Date(issued.session.expiresAt).toISOString(),
    "RAX-AUTH:authenticatedBy": authenticatedBy,
    ...(setupOnly ? { "RAX-AUTH:scope": "SETUP-MFA" } : {}),
  };
  return {
    access: {
      ...(setupOnly ? {} : { serviceCatalog: serviceCatalog(req) }),
      token,
      user: {
        id: user.id,
        name: user.username,
        "RAX-AUTH:domainId": user.accountId,
        "RAX-AUTH:federated": false,
        "RAX-AUTH:multiFactorEnabled": user.mfaEnabled,
        roles: [ROLES[user.kind]],
      },
    },
  };
}

/** The 200 body of `POST /v2.0/tokens` with `RAX-KSKEY:apiKeyCredentials`: the user is the key, by its id and name. */
export function keyAccessOf(req: Request, issued: { token: string; expiresAt: number; caller: ApiKeyCaller }) {
  const { caller } = issued;
  return {
    access: {
      serviceCatalog: serviceCatalog(req),
      token: { id: issued.token, expires: new Date(issued.expiresAt).toISOString(), "RAX-AUTH:authenticatedBy": ["APIKEY"] },
      user: {
        id: caller.id,
        name: caller.name,
        "RAX-AUTH:domainId": caller.accountId,
        "RAX-AUTH:federated": false,
        "RAX-AUTH:multiFactorEnabled": false,
        roles: [KEY_ROLES[caller.scope]],
      },
    },
  };
}
