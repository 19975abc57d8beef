/**
 * Cheap changes inside one write round of the embedded store. The committed state is
 * deeply frozen; a record or list that is not frozen was made earlier in the same round
 * (no reader has seen it), so later changes of that round may add to it in place instead
 * of copying every aanvraag again. Each change must do its checks and parsing first and
 * call these last, so a refused change leaves nothing behind.
 */

/** `record` with `sleutel` set to `waarde`: copied once per round, then changed in place. */
export function metSleutel<T>(record: Readonly<Record<string, T>>, sleutel: string, waarde: T): Record<string, T> {
  const eigen = Object.isFrozen(record) ? { ...record } : (record as Record<string, T>);
  eigen[sleutel] = waarde;
  return eigen;
}

/** `record` without `sleutel`: copied once per round, then changed in place. */
export function zonderSleutel<T>(record: Readonly<Record<string, T>>, sleutel: string): Record<string, T> {
  const eigen = Object.isFrozen(record) ? { ...record } : (record as Record<string, T>);
  delete eigen[sleutel];
  return eigen;
}

/** `lijst` with `nieuw` after it: copied once per round, then added to in place. */
export function metErbij<T>(lijst: readonly T[], nieuw: readonly T[]): T[] {
  const eigen = Object.isFrozen(lijst) ? [...lijst] : (lijst as T[]);
  eigen.push(...nieuw);
  return eigen;
}
