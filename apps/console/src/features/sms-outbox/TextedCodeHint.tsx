import "./sms-outbox.css";

/**
 * Said wherever someone waits for a texted code. The console cannot tell whether the service keeps
 * texts instead of sending them, and the text is never shown here: in development an account admin
 * reads it on the SMS outbox page, as the phone would.
 */
export function TextedCodeHint({ id }: { id?: string }) {
  return (
    <p id={id} className="texted-code-hint">
      In a development setup without an SMS provider, an account admin finds the text on the SMS outbox page.
    </p>
  );
}
