import type { AdminActor } from "#src/modules/audit/actor.js";
import type { SessionEntity } from "#src/modules/sessions/session.entity.js";
import type { ApiKeyScope } from "./key-rules.js";

/** A request made with a live API key (or a token issued for one), admitted within the key's budget. */
export interface ApiKeyCaller {
  readonly id: string;
  readonly name: string;
  readonly accountId: string;
  readonly scope: ApiKeyScope;
  /** The domains the key is limited to; null: the whole account. */
  readonly domainIds: ReadonlySet<string> | null;
  /** The key itself, or a token `POST /v2.0/tokens` issued for it. */
  readonly via: "KEY" | "TOKEN";
}

/** Who runs an admin operation: an admin signed in, or an API key acting as the account's admin. */
export interface AdminCaller {
  readonly actor: AdminActor;
  /** The admin's session; null for a key, which is not a person and has no step-up. */
  readonly session: SessionEntity | null;
  /** The domains a domain-limited key may touch; null: the whole account (always, for a person). */
  readonly domainIds: ReadonlySet<string> | null;
}
