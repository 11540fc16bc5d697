/**
 * The terms a mailbox is found by in the admins' search: its local part and its display name, whole
 * and word by word (a word is a run of letters or digits), lower-cased, each at most 100 characters.
 * A search matches a mailbox when one of its terms starts with the searched text, so "smi" finds
 * john.smith@example.com and "John Smith", and "john.s" finds the first.
 */
const SEARCH_TERM_MAX = 100;

export function searchTerms(localPart: string, displayName: string): string[] {
  const terms = new Set<string>();
  for (const text of [localPart, displayName]) {
    const whole = text.trim().toLowerCase();
    if (!whole) continue;
    terms.add(whole.slice(0, SEARCH_TERM_MAX));
    for (const word of whole.split(/[^\p{L}\p{N}]+/u)) if (word) terms.add(word.slice(0, SEARCH_TERM_MAX));
  }
  return [...terms];
}

/** The searched text as it is compared with the terms (lower-cased, trimmed, at most 100 characters). */
export function searchPrefix(search: string): string {
  return search.trim().toLowerCase().slice(0, SEARCH_TERM_MAX);
}
