import { describe, expect, it } from "vitest";
import { renderMail } from "./mail-templates.js";
import { formatMoment, oneLine } from "./templates/format.js";
import { escapeHtml, html } from "./templates/html.js";

const context = { issuer: "Acme <Mail>", consoleUrl: "https://mfa.acme.example" };

describe("email templates", () => {
  it("write dates in words, in UTC, whatever the runtime's locale", () => {
    expect(formatMoment(new Date("2026-08-03T09:00:00Z"))).toBe("Monday 3 August 2026 at 09:00 UTC");
    expect(formatMoment(new Date("2027-01-01T23:59:59.999+01:00"))).toBe("Friday 1 January 2027 at 22:59 UTC");
    expect(() => formatMoment(new Date("not a date"))).toThrow(RangeError);
  });

  it("escape interpolated text and keep trusted markup", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    const inner = html`<b>${"<i>"}</b>`;
    expect(html`<p title="${'" onmouseover="x'}">${inner}${[inner, inner]}</p>`.markup).toBe(
      '<p title="&quot; onmouseover=&quot;x"><b>&lt;i&gt;</b><b>&lt;i&gt;</b><b>&lt;i&gt;</b></p>',
    );
  });

  it("put outside text on one bounded line", () => {
    expect(oneLine("a\r\nb\u0000c\u2028d   e")).toBe("a b c d e");
    expect(oneLine("x".repeat(300))).toHaveLength(200);
  });

  it("render a reminder's subject, text and HTML from its data, every piece of data escaped in the HTML", () => {
    const mail = renderMail({ kind: "MFA_REMINDER", data: { accountName: "Smith & <Sons>", domain: "sales.example.com", deadline: new Date("2026-08-03T09:00:00Z") } }, context);
    expect(mail.subject).toBe("Action needed: set up two-step sign-in for sales.example.com by Monday 3 August 2026 at 09:00 UTC");
    expect(mail.text).toContain("Smith & <Sons> requires two-step sign-in (multi-factor authentication) for the mailboxes of sales.example.com, starting Monday 3 August 2026 at 09:00 UTC.");
    expect(mail.text).toContain("Set it up now: https://mfa.acme.example/setup");
    expect(mail.text.trimEnd().endsWith("— Acme <Mail>")).toBe(true);
    expect(mail.html).toContain("Smith &amp; &lt;Sons&gt;");
    expect(mail.html).toContain("Acme &lt;Mail&gt;");
    expect(mail.html).not.toContain("<Sons>");
    expect(mail.html).toMatch(/^<!doctype html>\n<html lang="en">/);
  });

  it("render every security alert event with what, when, from where and what to do", () => {
    const events = [
      "FACTOR_ADDED",
      "FACTOR_REMOVED",
      "MFA_TURNED_OFF",
      "RECOVERY_CODES_GENERATED",
      "MFA_RESET",
      "ACCOUNT_LOCKED",
      "APP_PASSWORD_ADDED",
      "NEW_BROWSER_SIGN_IN",
      "ALTERNATE_EMAIL_CHANGED",
      "ALTERNATE_EMAIL_REMOVED",
    ] as const;
    const subjects = new Set<string>();
    for (const event of events) {
      const mail = renderMail(
        { kind: "SECURITY_ALERT", data: { accountName: "Acme", username: "bob@acme.example", event, occurredAt: new Date("2026-07-14T16:45:00Z"), ip: null, userAgent: null } },
        context,
      );
      subjects.add(mail.subject);
      expect(mail.subject).toMatch(/^Security alert: [a-z]/);
      expect(mail.text).toContain("your account bob@acme.example.");
      expect(mail.text).toContain("When: Tuesday 14 July 2026 at 16:45 UTC\nFrom: an unknown address");
      expect(mail.text).toContain("If it was not you: sign in, review your sign-in methods");
      expect(mail.html).toContain('href="https://mfa.acme.example/security"');
    }
    expect(subjects.size).toBe(events.length);
  });

  it("render the alternate address's code: the code, how long it works, and that nothing changes without it", () => {
    const mail = renderMail({ kind: "ALTERNATE_EMAIL_CODE", data: { username: "bob@acme.example", code: "012345", validMinutes: 15 } }, context);
    expect(mail.subject).toBe("Your code: 012345");
    expect(mail.text).toContain("alternate email address of bob@acme.example");
    expect(mail.text).toContain("It works for 15 minutes.");
    expect(mail.html).toContain("012345");
  });
});
