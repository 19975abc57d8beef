const aantal = new Intl.NumberFormat("nl-NL");

/** A count as Dutch readers write it: 4.000, 12.345. */
export function formatAantal(n: number): string {
  return aantal.format(n);
}
