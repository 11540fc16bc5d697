/**
 * Email addresses the service sends to: a dot-atom local part (RFC 5322, no quoted strings or comments) and a
 * domain name of labels, or the single label `localhost`. Internationalised addresses go in their ASCII form.
 */
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

/** Whether `address` is one an email can be sent to (at most 254 characters, a local part of at most 64). */
export function isEmailAddress(address: string): boolean {
  if (address.length > 254) return false;
  const at = address.lastIndexOf("@");
  if (at < 1) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local)) return false;
  const labels = domain.split(".");
  if (labels.length < 2 && domain.toLowerCase() !== "localhost") return false;
  return labels.every((label) => LABEL.test(label));
}

/** An address for display where the full one is not needed: `a***@example.com` (the domain stays whole). */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 1) return "***";
  return `${address.slice(0, 1)}***${address.slice(at)}`;
}
