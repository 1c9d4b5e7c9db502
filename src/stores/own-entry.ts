/**
 * The value a record holds for a show id, or undefined. Show ids come from files, and a plain
 * record would answer "constructor" with Object's own function.
 */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
