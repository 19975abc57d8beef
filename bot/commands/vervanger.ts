import { renderCard, type Kaart } from "../../cards/render.js";
import { formatDatum } from "../../src/domain/datum.js";
import type { Persoon } from "../../src/domain/swv.js";
import type { BotDeps } from "../deps.js";

const VOORBEELD = "Bijvoorbeeld: vervanger Fatima El Amrani van 23-11-2026 tot 4-12-2026. Stoppen: geen vervanger.";

/** "vervanger <naam> [van <datum>] tot <datum>": a decider sets their own deputy. */
export async function vervangerKaart(deps: Pick<BotDeps, "vervangingen">, persoon: Persoon, p: { naam: string; van?: string; tot?: string }): Promise<Kaart> {
  if (!p.naam || !p.tot) return renderCard("melding", { titel: "Vervanger instellen", regels: ["Noem de naam van je vervanger en tot wanneer.", VOORBEELD] });
  const v = await deps.vervangingen.zet(persoon.id, { naam: p.naam, van: p.van, tot: p.tot });
  return renderCard("melding", {
    titel: "Vervanger ingesteld",
    regels: [
      `${v.naam} beslist van ${formatDatum(v.van)} tot en met ${formatDatum(v.tot)} namens jou over aanvragen die bij jou liggen.`,
      "Nieuwe aanvragen gaan in die periode naar jullie allebei; wie als eerste beslist, beslist.",
    ],
  });
}

/** "geen vervanger": a decider ends the deputy they set in chat. */
export async function geenVervangerKaart(deps: Pick<BotDeps, "vervangingen">, persoon: Persoon): Promise<Kaart> {
  const was = await deps.vervangingen.beeindig(persoon.id);
  return renderCard("melding", { titel: "Vervanger", regels: [was ? "Je vervanging is beëindigd." : "Je had geen vervanger ingesteld in de chat."] });
}
