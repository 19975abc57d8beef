import { renderCard, type Kaart } from "../../cards/render.js";
import type { Persoon } from "../../src/domain/swv.js";
import { auditInZinnen, geschiedenisInZinnen } from "../../src/services/geschiedenis.js";
import type { BotDeps } from "../deps.js";

const NIET_GEVONDEN = "Die aanvraag bestaat niet of is niet voor jou zichtbaar.";

/**
 * "geschiedenis MW-2026-0001": staff read the audit log of the aanvraag, refused
 * attempts included; the consulent and the deciders involved read its history.
 */
export async function geschiedenisKaart(deps: Pick<BotDeps, "config" | "status">, persoon: Persoon, nummer: string | undefined): Promise<Kaart> {
  if (!nummer) return renderCard("melding", { titel: "Geschiedenis", regels: ["Noem het nummer van de aanvraag, bijvoorbeeld: geschiedenis MW-2026-0001."] });
  const gevonden = await deps.status.geschiedenis(persoon, nummer);
  const naam = (id: string) => deps.config.swv.personen.find((p) => p.id === id)?.naam ?? "onbekend";
  if (!gevonden) return renderCard("melding", { titel: "Geschiedenis", regels: [NIET_GEVONDEN] });
  const { aanvraag: a, audit } = gevonden;
  const regels = audit ? auditInZinnen(audit, a, naam) : geschiedenisInZinnen(a, naam);
  return renderCard("melding", { titel: `Geschiedenis van ${a.nummer}`, regels });
}
