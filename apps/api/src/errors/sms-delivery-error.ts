/** A text that could not be handed to the provider. */
export class SmsDeliveryError extends Error {
  override name = "SmsDeliveryError";
  /** Whether trying again later may succeed (timeouts, network errors, provider overload). */
  readonly retryable: boolean;
  /** The provider's own error code (Twilio: 21211 for an invalid number, 20003 for bad credentials). */
  readonly providerCode: number | null;

  constructor(message: string, options: { retryable: boolean; providerCode?: number | null }) {
    super(message);
    this.retryable = options.retryable;
    this.providerCode = options.providerCode ?? null;
  }
}
