import { DateTime } from "luxon";
import { formatDatum, isSchooldag, schooljaarVan, TIJDZONE, vergelijkDatum, type IsoDatum, type Periode, type Vakantie } from "./datum.js";

function dag(datum: IsoDatum): DateTime {
  return DateTime.fromISO(datum, { zone: TIJDZONE }).startOf("day");
}

/**
 * The school weeks of a period: weeks (Monday to Friday) with at least one school day
 * inside the period, the SWV's holidays left out. 0 when the end lies before the start.
 */
export function schoolweken(periode: Periode, vakanties: readonly Vakantie[] = []): number {
  if (vergelijkDatum(periode.eind, periode.start) < 0) return 0;
  const eind = dag(periode.eind);
  let weken = 0;
  for (let maandag = dag(periode.start).startOf("week"); maandag <= eind; maandag = maandag.plus({ weeks: 1 })) {
    for (let i = 0; i < 5; i++) {
      const d = maandag.plus({ days: i });
      const iso = d.toISODate()!;
      if (vergelijkDatum(iso, periode.start) >= 0 && d <= eind && isSchooldag(iso, vakanties)) {
        weken++;
        break;
      }
    }
  }
  return weken;
}

/** One schooljaar's share of a period. */
export interface Schooljaardeel {
  schooljaar: string;
  periode: Periode;
}

/** A period cut at each 1 August: one part per schooljaar it touches, in order. */
export function schooljaardelen(periode: Periode): Schooljaardeel[] {
  const delen: Schooljaardeel[] = [];
  let start = periode.start;
  for (let i = 0; i < 50 && vergelijkDatum(start, periode.eind) <= 0; i++) {
    const schooljaar = schooljaarVan(start);
    const laatste = `${schooljaar.slice(5)}-07-31`;
    const eind = vergelijkDatum(laatste, periode.eind) < 0 ? laatste : periode.eind;
    delen.push({ schooljaar, periode: { start, eind } });
    start = dag(eind).plus({ days: 1 }).toISODate()!;
  }
  return delen;
}

/** Whether a period runs over 1 August into a next schooljaar. */
export function overSchooljaargrens(periode: Periode): boolean {
  return vergelijkDatum(periode.eind, periode.start) >= 0 && schooljaarVan(periode.start) !== schooljaarVan(periode.eind);
}

/** One schooljaar's part of an amount: cents and school weeks. */
export interface Schooljaarbedrag {
  schooljaar: string;
  bedrag: number;
  schoolweken: number;
}

/**
 * An amount split over the schooljaren of its period in proportion to the school weeks in
 * each (by calendar days when the period holds no school week at all); whole cents, the
 * parts add up to the amount exactly.
 */
export function verdeelOverSchooljaren(bedrag: number, periode: Periode, vakanties: readonly Vakantie[] = []): Schooljaarbedrag[] {
  const delen = schooljaardelen(periode).map((d) => ({ ...d, weken: schoolweken(d.periode, vakanties) }));
  const somWeken = delen.reduce((s, d) => s + d.weken, 0);
  const gewicht = (d: (typeof delen)[number]) => (somWeken > 0 ? d.weken : dag(d.periode.eind).diff(dag(d.periode.start), "days").days + 1);
  const totaal = delen.reduce((s, d) => s + gewicht(d), 0);
  let verdeeld = 0;
  return delen.map((d, i) => {
    const deel = i === delen.length - 1 ? bedrag - verdeeld : Math.round((bedrag * gewicht(d)) / totaal);
    verdeeld += deel;
    return { schooljaar: d.schooljaar, bedrag: deel, schoolweken: d.weken };
  });
}

/** The first 1 August inside a period and the day before it, as Dutch dates, for the message that refuses it. */
export function schooljaargrens(periode: Periode): { grens: string; tot: string } {
  const eerste = schooljaardelen(periode)[0]!.periode.eind;
  return { grens: formatDatum(dag(eerste).plus({ days: 1 }).toISODate()!), tot: formatDatum(eerste) };
}
