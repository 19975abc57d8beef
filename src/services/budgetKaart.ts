import type { Budgetregel } from "../domain/budgetoverzicht.js";
import { formatBedrag } from "../domain/geld.js";

/** The data of the budget card (cards/budget.json): the table's rows, the chart's bars in euros, and each column explained once. */
export interface BudgetKaartData {
  titel: string;
  rijen: { naam: string; voor: string; toegekend: string; inBehandeling: string; resterend: string; leerlingen: string }[];
  grafiek: { title: string; data: { legend: string; value: number; color: string }[] }[];
  uitleg: string[];
}

const euro = (centen: number) => Math.round(centen) / 100;

/** What every column of the budget table means, in the words of the SWV's staff. */
export const BUDGET_UITLEG = [
  "Budget: een budgetpot met de regelingen die eruit betalen (een pot die regelingen delen staat er één keer), of een regeling zonder jaarbudget.",
  "Toegekend: het totaal van de beschikkingen in dit schooljaar; loopt een toegekende periode over 1 augustus, dan telt alleen het deel voor dit schooljaar.",
  "In behandeling: wat is aangevraagd in aanvragen die op een besluit wachten of zijn teruggestuurd; dit is nog niet toegekend.",
  "Resterend: het jaarbudget min wat is toegekend; wat in behandeling is, gaat er nog niet af. Een regeling zonder jaarbudget heeft geen resterend bedrag.",
  "Leerlingen: het aantal leerlingen in de toegekende aanvragen van dit schooljaar.",
] as const;

/** The budget overview of a schooljaar as the card shows it. */
export function budgetKaart(regels: readonly Budgetregel[], schooljaar: string): BudgetKaartData {
  return {
    titel: `Budget schooljaar ${schooljaar}`,
    rijen: regels.map((r) => ({
      naam: r.naam,
      voor: r.jaarbudget !== undefined ? `Jaarbudget ${formatBedrag(r.jaarbudget)}, voor: ${r.regelingen.join("; ")}` : "Geen jaarbudget",
      toegekend: formatBedrag(r.toegekend),
      inBehandeling: formatBedrag(r.inBehandeling),
      resterend: r.resterend === undefined ? "–" : r.resterend < 0 ? `overschreden met ${formatBedrag(r.overschrijding)}` : formatBedrag(r.resterend),
      leerlingen: String(r.leerlingen),
    })),
    grafiek: regels.map((r) => ({
      title: r.naam,
      data: [
        { legend: "Toegekend", value: euro(r.toegekend), color: "categoricalBlue" },
        { legend: "In behandeling", value: euro(r.inBehandeling), color: "categoricalYellow" },
        ...(r.resterend !== undefined ? [{ legend: "Resterend", value: euro(Math.max(0, r.resterend)), color: "good" }] : []),
      ],
    })),
    uitleg: [...BUDGET_UITLEG],
  };
}
