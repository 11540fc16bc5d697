import { oneLine } from "./format.js";
import { html, page, para } from "./html.js";
import type { MailContext, RenderedMail } from "./rendered-mail.js";

/** The code that proves a user reads the alternate address they entered. */
export interface AlternateEmailCodeData {
  /** The mailbox the address will protect (its sign-in name). */
  readonly username: string;
  readonly code: string;
  readonly validMinutes: number;
}

export function renderAlternateEmailCode(data: AlternateEmailCodeData, context: MailContext): RenderedMail {
  const username = oneLine(data.username, 320);
  const code = oneLine(data.code, 16);
  const title = `Your code: ${code}`;
  const asked = `You asked to use this address as the alternate email address of ${username}: security alerts about that account will come here.`;
  const enter = `Enter this code on the Security page to confirm it. It works for ${data.validMinutes} minutes.`;
  const notYou = "If you did not ask for this, ignore this email: nothing changes until the code is entered.";
  const text = [title, "", asked, "", `Code: ${code}`, "", enter, notYou, "", `— ${context.issuer}`, ""].join("\n");
  const body = [para(asked), para(html`<strong style="font-size:20px;letter-spacing:4px">${code}</strong>`), para(enter), para(notYou)];
  return { subject: title, text, html: page({ title: "Confirm your alternate email address", body, footer: context.issuer }) };
}
