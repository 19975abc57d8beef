import { renderCard } from "../../cards/render.js";
import type { Rol } from "../../src/domain/regeling.js";
import type { Persoon } from "../../src/domain/swv.js";
import { rollen } from "./welkom.js";

/** Buttons for the main actions of a person's roles, at most six (what Teams shows on a card). */
function knoppenVoor(eigen: readonly Rol[]): { titel: string; tekst: string }[] {
  const knoppen: { titel: string; tekst: string }[] = [];
  if (eigen.includes("consulent")) knoppen.push({ titel: "Nieuwe aanvraag", tekst: "nieuwe aanvraag" }, { titel: "Mijn concepten", tekst: "mijn concepten" }, { titel: "Mijn aanvragen", tekst: "mijn aanvragen" });
  if (eigen.some((r) => r === "stadsdeelmanager" || r === "coordinator-steunpunt" || r === "programmadirecteur")) knoppen.push({ titel: "Wat ligt er bij mij", tekst: "wat ligt er bij mij" });
  if (eigen.includes("staf")) knoppen.push({ titel: "Rapportage", tekst: "rapportage" });
  knoppen.push({ titel: "Budget", tekst: "budget" });
  return knoppen.slice(0, 6);
}

/** What this person can type, by role, with buttons for the main actions. */
export function helpKaart(persoon: Persoon, inleiding?: string) {
  const eigen = rollen(persoon);
  const regels: string[] = inleiding ? [inleiding] : [];
  if (eigen.includes("consulent"))
    regels.push(
      "**nieuwe aanvraag**: een aanvraag voor maatwerk- of innovatiebudget beginnen; ik leid je stap voor stap door de regeling.",
      "**mijn concepten**: verder met een concept, of een concept verwijderen.",
      "**verleng IN-2026-0001**: een toegekend innovatietraject één keer verlengen, met de evaluatie van het eerste jaar.",
    );
  if (eigen.some((r) => r === "stadsdeelmanager" || r === "coordinator-steunpunt" || r === "programmadirecteur"))
    regels.push(
      "Aanvragen die jij beoordeelt komen hier als kaart binnen, met knoppen om toe te kennen, af te wijzen of terug te sturen.",
      "**vervanger Fatima El Amrani van 23-11-2026 tot 4-12-2026**: iemand beslist in die periode namens jou; **geen vervanger** stopt dat.",
    );
  regels.push(
    "**status MW-2026-0001**: hoe een aanvraag ervoor staat, bij wie hij ligt en wat de volgende stap is.",
    "**mijn aanvragen**, **wat ligt er bij mij**, **openstaande aanvragen De Regenboog** (ingediend of teruggestuurd), **lopende trajecten De Regenboog** (toegekend of gestart): overzichten van wat jij mag zien.",
    "**budget** (of **budget 2027-2028**): toegekend, in behandeling, resterend en leerlingen per budgetpot, als tabel.",
    "**wanneer is het volgende voortgangsgesprek van MW-2026-0001**: de volgende afspraak van een traject.",
  );
  if (eigen.includes("staf"))
    regels.push(
      "**geschiedenis MW-2026-0001**: wie wat deed met een aanvraag, ook geweigerde pogingen.",
      "**rapportage** of **rapportage 2026-2027**: de monitoringsrapportage van een schooljaar, met een knop om hem te downloaden.",
    );
  else regels.push("**geschiedenis MW-2026-0001**: het verloop van een aanvraag waarbij je betrokken bent.");
  regels.push("**hallo**: je welkomstbericht, met wat ik voor jou doe.", "**help**: dit overzicht.");
  return renderCard("melding", { titel: "Wat kan ik voor je doen?", regels, knoppen: knoppenVoor(eigen) });
}

/** The answer to a message the bot did not understand: the help, with a line saying so. */
export const onbegrepenKaart = (persoon: Persoon) => helpKaart(persoon, "Dat begreep ik niet. Dit kun je typen of vragen:");
