import type { MailContent } from "#src/modules/mail/mail-templates.js";

/** The deadline every reminder of these tests names, and how the emails write it. */
const DEADLINE = new Date("2026-08-03T09:00:00Z");
export const DEADLINE_WORDS = "Monday 3 August 2026 at 09:00 UTC";

export const reminder = (domain: string, accountName = "Acme Corp"): MailContent => ({ kind: "MFA_REMINDER", data: { accountName, domain, deadline: DEADLINE } });

/** A security alert whose outside data (the user agent) tries to inject markup. */
export const alert = (username: string): MailContent => ({
  kind: "SECURITY_ALERT",
  data: {
    accountName: "Acme Corp",
    username,
    event: "FACTOR_ADDED",
    occurredAt: new Date("2026-07-14T16:45:00Z"),
    ip: "203.0.113.9",
    userAgent: 'Mozilla/5.0 <script>alert("x")</script>\r\nBcc: eve@evil.example',
  },
});
