/** Who performs an admin action, as services and the audit log see it. */
export interface AdminActor {
  /** The admin's user id, or the API key's id: the `actorId` of the audit events it causes. */
  readonly id: string;
  readonly accountId: string;
  /** A person signed in as an account admin, or an API key acting as the account's admin (never a person). */
  readonly kind: "ADMIN" | "API_KEY";
}
