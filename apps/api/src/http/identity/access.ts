import type { Request } from "express";
import type { IssuedSession } from "#src/modules/sessions/sessions.service.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";

/** Ours: account admins hold Identity's user-admin role (id 3, as in its docs), mailboxes the default role. */
const ROLES = {
  ADMIN: { id: "3", name: "identity:user-admin", description: "User Admin Role." },
  MAILBOX: { id: "2", name: "identity:default", description: "Default Role." },
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
