import type { Session } from "../lib/session";

/** A signed-in account admin. */
export const adminSession: Session = {
  status: "signed-in",
  user: { username: "admin", displayName: "Demo Admin", kind: "ADMIN" },
};

export interface DomainFixture {
  id: string;
  name: string;
  policy: "PHISHING_RESISTANT" | "REQUIRED" | "OPTIONAL" | "OFF";
  coverage?: { mailboxes: number; enrolled: number; locked: number; passkeys?: number };
  children?: DomainFixture[];
}

/** A domain as the API answers it, with every field the console asks for. */
export function domainData({ id, name, policy, coverage = { mailboxes: 0, enrolled: 0, locked: 0 }, children = [] }: DomainFixture, parentId: string | null = null): object {
  return {
    __typename: "Domain",
    id,
    name,
    parentId,
    policy,
    enforceFrom: null,
    rememberBrowserDays: 30,
    coverage: { __typename: "DomainCoverage", passkeys: 0, ...coverage },
    children: children.map((child) => domainData(child, id)),
  };
}
