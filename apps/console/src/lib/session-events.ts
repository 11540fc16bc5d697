/**
 * Tells the session that the service no longer knows it (expired, revoked, signed out
 * elsewhere): any operation answered UNAUTHENTICATED. The session then asks `me` again,
 * and the console returns to sign-in.
 */
const target = new EventTarget();
const ENDED = "session-ended";

export function reportSessionEnded(): void {
  target.dispatchEvent(new Event(ENDED));
}

export function onSessionEnded(listener: () => void): () => void {
  target.addEventListener(ENDED, listener);
  return () => target.removeEventListener(ENDED, listener);
}
