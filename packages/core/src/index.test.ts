import { describe, expect, it } from "vitest";
import * as core from "./index.js";

describe("public API", () => {
  it("exports every name the services code against", () => {
    const names = [
      "TOTP_PERIOD_SECONDS", "TOTP_DIGITS", "generateTotpSecret", "buildOtpauthUri", "renderQrPngDataUrl",
      "renderQrSvg", "parsePasscode", "verifyTotp", "generateTotp", "hotp", "totpAt",
      "generateNumericCode", "hashOneTimeCode", "verifyOneTimeCode", "oneTimeCodeExpiry", "isExpired",
      "parseNumericCode", "normalizePhone", "maskPhone", "listCountries",
      "POLICY_LEVELS", "DEFAULT_DOMAIN_POLICY", "effectivePolicy", "decideLogin", "canUseMfa", "canDisableMfa",
      "policyImpact", "generateRecoveryCodes", "normalizeRecoveryCode", "hashRecoveryCode", "verifyRecoveryCode",
      "renderRecoveryCodesText", "MFA_MAX_FAILURES_DEFAULT", "lockoutRule", "passwordThrottle",
      "createSealer", "parseSealKeys", "SealError", "cryptoRandom", "phoneCountry", "parseCountryList", "countryName",
      "smsBudgetChecks", "smsRetryAfterSeconds", "effectiveBudgets", "budgetProblems", "widensSms", "SMS_BUDGET_NAMES",
    ];
    for (const name of names) expect(core, name).toHaveProperty(name);
  });
});
