import { CardFactory } from "botbuilder";
import { z } from "zod/v4";
import { renderCard } from "../../cards/render.js";
import { geschiedenisInZinnen } from "../../src/services/geschiedenis.js";
import { evaluatieUitkomsten } from "../../src/domain/voortgang.js";
import type { BotDeps } from "../deps.js";
import { ONBEKEND_NUMMER, statusKaart } from "../kaarten/status.js";
import { veiligeActie } from "./veilig.js";

const Data = z.object({ aanvraagId: z.uuid() });

/**
 * The details behind a status card: the history of the aanvraag and the outcomes of its
 * evaluation, as a new message for whoever may see it (checked again, never trusted from the
 * card); the status card stays, shown as it is now.
 */
export function statusDetails(deps: BotDeps) {
  return veiligeActie(deps, async (context, actor, ruw) => {
    const parsed = Data.safeParse(ruw);
    const a = parsed.success ? await deps.status.details(actor, parsed.data.aanvraagId) : undefined;
    if (!a) return renderCard("melding", { titel: "Details", regels: [ONBEKEND_NUMMER] });
    const naam = (id: string) => deps.config.swv.personen.find((p) => p.id === id)?.naam ?? (id === "systeem" ? "de bot" : "onbekend");
    const r = deps.beslissingen.regeling(a);
    const regels = geschiedenisInZinnen(a, naam);
    const evaluatie = evaluatieUitkomsten(a, r);
    const details = renderCard("melding", { titel: `Verloop van ${a.nummer}`, regels: evaluatie.length > 0 ? [...regels, "**Evaluatie**", ...evaluatie] : regels });
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(details)] });
    return statusKaart(deps.config, a, r, await deps.beslissingen.beslissers(a));
  });
}
