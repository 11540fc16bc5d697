/** An email ready to send: a one-line subject, the plain-text part and the HTML part (the same words). */
export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** What every template gets beside its data: the product's name and the console's address (no trailing slash). */
export interface MailContext {
  readonly issuer: string;
  readonly consoleUrl: string;
}
