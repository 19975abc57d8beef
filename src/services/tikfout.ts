import { distance } from "fastest-levenshtein";

/** Two neighbouring letters swapped ("hlep" for "help"): one small typo. */
function verwisseld(woord: string, doel: string): boolean {
  if (woord.length !== doel.length) return false;
  const verschil = [...woord].flatMap((c, i) => (c === doel[i] ? [] : [i]));
  return verschil.length === 2 && verschil[1] === verschil[0]! + 1 && woord[verschil[0]!] === doel[verschil[1]!] && woord[verschil[1]!] === doel[verschil[0]!];
}

/**
 * A word as typed matches a key word when it is that word, has two neighbouring letters
 * swapped (key words of four letters or more), or is one small typo away (longer words only).
 */
export function lijkt(woord: string, doel: string): boolean {
  if (woord === doel) return true;
  if (doel.length >= 4 && verwisseld(woord, doel)) return true;
  if (doel.length < 5 || Math.abs(woord.length - doel.length) > 1) return false;
  return distance(woord, doel) <= (doel.length >= 8 ? 2 : 1);
}

/** Whether any of the words matches any of the key words, typos allowed. */
export const bevat = (woorden: readonly string[], ...doelen: string[]): boolean => woorden.some((w) => doelen.some((d) => lijkt(w, d)));
