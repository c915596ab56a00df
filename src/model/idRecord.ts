/**
 * Records keyed by a user's ids (organisation ids, tie ids). A plain `{}` turns an organisation
 * called `__proto__` into a prototype change and answers `constructor` with Object's function: these
 * records have no prototype, and reads of records that may come from elsewhere (a worker, a file,
 * IndexedDB) check that the key is the record's own.
 */
export const idRecord = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

/** The value stored under `key`, never one inherited from a prototype. */
export const ownValue = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** A prototype-free copy of a record (own enumerable keys, `__proto__` included). */
export function toIdRecord<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const copy = idRecord<T>();
  for (const key of Object.keys(record)) copy[key] = record[key]!;
  return copy;
}
