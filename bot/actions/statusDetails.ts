import { z } from "zod/v4";
import { renderCard } from "../../cards/render.js";
import { geschiedenisInZinnen } from "../../src/services/geschiedenis.js";
import { evaluatieUitkomsten } from "../../src/domain/voortgang.js";
import type { BotDeps } from "../deps.js";
import { ONBEKEND_NUMMER } from "../kaarten/status.js";
import { veiligeActie } from "./veilig.js";

const Data = z.object({ aanvraagId: z.uuid() });

/** The details behind a status card: the history of the aanvraag and the outcomes of its evaluation, for whoever may see it (checked again, never trusted from the card). */
export function statusDetails(deps: BotDeps) {
  return veiligeActie(deps, async (_context, actor, ruw) => {
    const parsed = Data.safeParse(ruw);
    const a = parsed.success ? await deps.status.details(actor, parsed.data.aanvraagId) : undefined;
    if (!a) return renderCard("melding", { titel: "Details", regels: [ONBEKEND_NUMMER] });
    const naam = (id: string) => deps.config.swv.personen.find((p) => p.id === id)?.naam ?? (id === "systeem" ? "de bot" : "onbekend");
    const regels = geschiedenisInZinnen(a, naam);
    const evaluatie = evaluatieUitkomsten(a, deps.beslissingen.regeling(a));
    return renderCard("melding", { titel: `Verloop van ${a.nummer}`, regels: evaluatie.length > 0 ? [...regels, "**Evaluatie**", ...evaluatie] : regels });
  });
}
