import { InitialSchema1795392000000 } from "./1795392000000-initial-schema.js";
import { UserVerifiedDevices1795400000000 } from "./1795400000000-user-verified-devices.js";
import { SecurityRound1795500000000 } from "./1795500000000-security-round.js";
import { SmsBudgets1795600000000 } from "./1795600000000-sms-budgets.js";
import { BypassCodes1795700000000 } from "./1795700000000-bypass-codes.js";
import { ApiKeys1795900000000 } from "./1795900000000-api-keys.js";
import { Webhooks1796000000000 } from "./1796000000000-webhooks.js";

/** Append-only: add new migrations at the end, never edit one that has shipped. */
export const migrations = [InitialSchema1795392000000, UserVerifiedDevices1795400000000, SecurityRound1795500000000, SmsBudgets1795600000000, BypassCodes1795700000000, ApiKeys1795900000000, Webhooks1796000000000];
