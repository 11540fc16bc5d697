/** WebAuthn rules that do not depend on the ceremony's cryptography. */

/**
 * Whether a signature counter moved as a genuine authenticator's does: forward, or both zero (an
 * authenticator that keeps no counter, as synced passkeys do). A counter that stands still or goes
 * back means two authenticators hold the same key: a clone (W3C WebAuthn, "signature counter").
 */
export function signCounterMoved(stored: number, received: number): boolean {
  return (stored === 0 && received === 0) || received > stored;
}
