import type { BudgetData } from "../../cards/cardData.js";
import type { Budgetregel } from "../../src/domain/budgetoverzicht.js";
import { formatBedrag } from "../../src/domain/geld.js";

const euro = (centen: number) => Math.round(centen) / 100;
const heleEuros = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });
/** "150.000": whole euros without the sign (the uitleg says so), so an amount fits a narrow table column without breaking in two. */
const bedrag = (centen: number) => heleEuros.format(Math.round(centen / 100));

/** What every column of the budget table means, in the words of the SWV's staff. */
export const BUDGET_UITLEG = [
  "Budget: een budgetpot met de regelingen die eruit betalen (een pot die regelingen delen staat er één keer), of een regeling zonder jaarbudget.",
  "Toegekend: het totaal van de beschikkingen in dit schooljaar; loopt een toegekende periode over 1 augustus, dan telt alleen het deel voor dit schooljaar.",
  "In behandeling: wat is aangevraagd in aanvragen die op een besluit wachten of zijn teruggestuurd; dit is nog niet toegekend.",
  "Resterend: het jaarbudget min wat is toegekend; wat in behandeling is, gaat er nog niet af. Een regeling zonder jaarbudget heeft geen resterend bedrag (–).",
  "Leerlingen: het aantal leerlingen in de toegekende aanvragen van dit schooljaar.",
  "Bedragen in de tabel in hele euro's (afgerond; de rapportage en de export noemen ze tot op de cent). Een min voor het resterende bedrag: het jaarbudget is met zoveel overschreden.",
] as const;

/** The budget overview of a schooljaar as the card shows it. */
export function budgetKaart(regels: readonly Budgetregel[], schooljaar: string): BudgetData {
  return {
    titel: `Budget schooljaar ${schooljaar}`,
    grafiekTitel: "Dezelfde bedragen in een grafiek (in euro's)",
    rijen: regels.map((r) => ({
      naam: r.naam,
      voor: r.jaarbudget !== undefined ? `Jaarbudget ${formatBedrag(r.jaarbudget)}, voor: ${r.regelingen.join("; ")}` : "Geen jaarbudget",
      toegekend: bedrag(r.toegekend),
      inBehandeling: bedrag(r.inBehandeling),
      resterend: r.resterend === undefined ? "–" : r.resterend < 0 ? `-${bedrag(r.overschrijding)}` : bedrag(r.resterend),
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
