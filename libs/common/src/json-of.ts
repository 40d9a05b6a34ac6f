/**
 * A row type as its JSON body carries it: every Date an ISO string (null stays null). A DTO that
 * `implements JsonOf<Row>` declares each of the row's fields with the same meaning, checked by tsc.
 */
export type JsonOf<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

/** A Date as JSON: its ISO string; null stays null. */
export function isoOrNull(date: Date | null | undefined): string | null {
  return date ? date.toISOString() : null;
}
