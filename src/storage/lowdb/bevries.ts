/**
 * Freezes a value and everything in it, skipping what is frozen already: the embedded
 * store's state is immutable, so readers get the stored objects themselves, never copies.
 */
export function bevries<T>(waarde: T): T {
  if (typeof waarde !== "object" || waarde === null || Object.isFrozen(waarde)) return waarde;
  Object.freeze(waarde);
  for (const kind of Object.values(waarde)) bevries(kind);
  return waarde;
}
