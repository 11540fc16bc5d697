const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
const timestamp = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });
const time = new Intl.DateTimeFormat(undefined, { timeStyle: "short" });

/** "3 Mar 2026, 10:15" in the reader's locale. */
export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso));
/** "3 Mar 2026" in the reader's locale. */
export const formatDate = (iso: string): string => date.format(new Date(iso));
/** "3 Mar 2026, 10:15:42" in the reader's locale: a logged moment, to the second. */
export const formatTimestamp = (iso: string): string => timestamp.format(new Date(iso));
/** "10:15" in the reader's locale. */
export const formatTime = (iso: string): string => time.format(new Date(iso));
