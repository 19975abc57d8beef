import type { BudgetData } from "../../cards/cardData.js";
import type { Budgetregel } from "../../src/domain/budgetoverzicht.js";

const heleEuros = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", minimumFractionDigits: 0, maximumFractionDigits: 0 });
/** "€ 150.000": whole euros with the sign (a no-break space after it), short enough for a quarter of the Playground's narrow column. */
const bedrag = (centen: number) => heleEuros.format(Math.round(centen / 100));
/** Whole euros as a number: the chart takes numbers only. */
const euro = (centen: number) => Math.round(centen / 100);

/** What every figure on the budget card means, in the words of the SWV's staff. */
export const BUDGET_UITLEG = [
  "Per budget: een budgetpot met de regelingen die eruit betalen (een pot die regelingen delen staat er één keer), of een regeling zonder jaarbudget.",
  "Toegekend: het totaal van de beschikkingen in dit schooljaar; loopt een toegekende periode over 1 augustus, dan telt alleen het deel voor dit schooljaar.",
  "In behandeling: wat is aangevraagd in aanvragen die op een besluit wachten of zijn teruggestuurd; dit is nog niet toegekend.",
  "Resterend: het jaarbudget min wat is toegekend; wat in behandeling is, gaat er nog niet af. Een regeling zonder jaarbudget heeft geen resterend bedrag (–).",
  "Leerlingen: het aantal leerlingen in de toegekende aanvragen van dit schooljaar.",
  "Bedragen in hele euro's (afgerond; de rapportage en de export noemen ze tot op de cent). Een min voor het resterende bedrag (in rood): het jaarbudget is met zoveel overschreden.",
] as const;

/** The budget overview of a schooljaar as the card shows it. */
export function budgetKaart(regels: readonly Budgetregel[], schooljaar: string): BudgetData {
  return {
    titel: `Budget schooljaar ${schooljaar}`,
    rijen: regels.map((r) => ({
      naam: r.naam,
      jaarbudget: r.jaarbudget !== undefined ? `Jaarbudget ${bedrag(r.jaarbudget)}` : "Geen jaarbudget",
      voor: r.jaarbudget !== undefined ? `Voor: ${r.regelingen.join("; ")}` : "",
      toegekend: bedrag(r.toegekend),
      inBehandeling: bedrag(r.inBehandeling),
      resterend: r.resterend === undefined ? "–" : bedrag(r.resterend),
      resterendKleur: r.resterend !== undefined && r.resterend < 0 ? "Attention" : "Default",
      leerlingen: String(r.leerlingen),
    })),
    grafiekKop: "Dezelfde bedragen in een grafiek, in euro's",
    grafiekUitleg: "Per budget een staaf van toegekend, in behandeling en resterend; het getal bij de naam is die staaf opgeteld, in euro's.",
    grafiek: regels.map((r) => ({
      title: r.naam,
      data: [
        { legend: "Toegekend", value: euro(r.toegekend), color: "categoricalBlue" },
        { legend: "In behandeling", value: euro(r.inBehandeling), color: "categoricalMarigold" },
        ...(r.resterend !== undefined ? [{ legend: "Resterend", value: euro(Math.max(0, r.resterend)), color: "good" }] : []),
      ],
    })),
    uitleg: [...BUDGET_UITLEG],
  };
}
