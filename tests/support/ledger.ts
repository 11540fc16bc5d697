/**
 * What the attack suite saw and did: every secret, code and token that crossed the wire (scanned for in the
 * database dump at the end), and per property the figures of the closing note.
 */

export type SecretKind = "password" | "totp-secret" | "otpauth-uri" | "totp-code" | "sms-code" | "recovery-code" | "session-token" | "challenge-id" | "seal-key" | "provider-token";

export interface SeenSecret {
  readonly kind: SecretKind;
  readonly value: string;
}

/** Secrets the tests saw, deduplicated. Codes shorter than 12 characters are matched as whole words only. */
export class SecretLedger {
  private readonly seen = new Map<string, SeenSecret>();

  add(kind: SecretKind, value: string | null | undefined): void {
    if (typeof value !== "string" || value.length < 6) return;
    if (!this.seen.has(value)) this.seen.set(value, { kind, value });
  }

  all(): SeenSecret[] {
    return [...this.seen.values()];
  }

  count(kind?: SecretKind): number {
    return kind ? this.all().filter((s) => s.kind === kind).length : this.seen.size;
  }
}

/** The figures of one property: what was sent, issued, checked and fuzzed to prove it. */
export class Figure {
  requests = 0;
  sessions = 0;
  /** Second-factor checks the server made (counted from its audit log). */
  checks = 0;
  fuzzCases = 0;
  /** Users this property created or used: its checks are counted over them. */
  readonly users = new Set<string>();
  /** Measurements worth a line of their own in the closing note. */
  readonly notes: string[] = [];

  constructor(readonly property: string) {}
}

export class Figures {
  private readonly byProperty = new Map<string, Figure>();

  of(property: string): Figure {
    let figure = this.byProperty.get(property);
    if (!figure) {
      figure = new Figure(property);
      this.byProperty.set(property, figure);
    }
    return figure;
  }

  all(): Figure[] {
    return [...this.byProperty.values()].sort((a, b) => a.property.localeCompare(b.property));
  }

  /** The closing note: one line per property. */
  render(): string {
    const lines = this.all().flatMap((f) => [
      `  ${f.property.padEnd(22)} requests ${String(f.requests).padStart(5)}   sessions issued ${String(f.sessions).padStart(4)}   checks ${String(f.checks).padStart(4)}   fuzz cases ${String(f.fuzzCases).padStart(5)}`,
      ...f.notes.map((note) => `      ${note}`),
    ]);
    const total = this.all().reduce((sum, f) => sum + f.requests, 0);
    return ["Proof under attack and faults: figures", ...lines, `  total requests ${total}`].join("\n");
  }
}
