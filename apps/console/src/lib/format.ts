const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

/** "3 Mar 2026, 10:15" in the reader's locale. */
export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso));
/** "3 Mar 2026" in the reader's locale. */
export const formatDate = (iso: string): string => date.format(new Date(iso));
