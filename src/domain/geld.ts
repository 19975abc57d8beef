import { z } from "zod/v4";

/** An amount of money in euro cents: whole, never negative. */
export const Centen = z.number().int().nonnegative();
export type Centen = z.infer<typeof Centen>;

const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });

/** "€ 8.000,00". */
export function formatBedrag(centen: Centen): string {
  return euro.format(centen / 100);
}

/** Whole euros to cents, for amounts written in configuration. */
export function euros(bedrag: number): Centen {
  return Math.round(bedrag * 100);
}
