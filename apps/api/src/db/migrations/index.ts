import { InitialSchema1795392000000 } from "./1795392000000-initial-schema.js";
import { UserVerifiedDevices1795400000000 } from "./1795400000000-user-verified-devices.js";
import { SecurityRound1795500000000 } from "./1795500000000-security-round.js";
import { SmsBudgets1795600000000 } from "./1795600000000-sms-budgets.js";
import { BypassCodes1795700000000 } from "./1795700000000-bypass-codes.js";
import { ApiKeys1795900000000 } from "./1795900000000-api-keys.js";
import { Webhooks1796000000000 } from "./1796000000000-webhooks.js";
import { DomainCounters1796100000000 } from "./1796100000000-domain-counters.js";
import { MailboxSearchTerms1796100000100 } from "./1796100000100-mailbox-search-terms.js";
import { EmailMessages1796200000000 } from "./1796200000000-email-messages.js";
import { WebAuthn1796400000000 } from "./1796400000000-webauthn.js";
import { PolicyWidth1796400000100 } from "./1796400000100-policy-width.js";
import { RolloutDeadlines1796500000000 } from "./1796500000000-rollout-deadlines.js";
import { AppPasswords1796600000000 } from "./1796600000000-app-passwords.js";
import { RememberedBrowsers1796800000000 } from "./1796800000000-remembered-browsers.js";
import { RolloutSnapshots1796900000000 } from "./1796900000000-rollout-snapshots.js";
import { MailboxProtection1797000000000 } from "./1797000000000-mailbox-protection.js";
import { SortableLists1797100000000 } from "./1797100000000-sortable-lists.js";
import { DefaultNotBackup1797200000000 } from "./1797200000000-default-not-backup.js";

/** Append-only: add new migrations at the end, never edit one that has shipped. */
export const migrations = [
  InitialSchema1795392000000, UserVerifiedDevices1795400000000, SecurityRound1795500000000, SmsBudgets1795600000000, BypassCodes1795700000000,
  ApiKeys1795900000000, Webhooks1796000000000, DomainCounters1796100000000, MailboxSearchTerms1796100000100, EmailMessages1796200000000,
  WebAuthn1796400000000, PolicyWidth1796400000100,
  RolloutDeadlines1796500000000, AppPasswords1796600000000,
  RememberedBrowsers1796800000000, RolloutSnapshots1796900000000,
  MailboxProtection1797000000000,
  SortableLists1797100000000, DefaultNotBackup1797200000000,
];
