import { formatBedrag } from "../domain/geld.js";
import { Rol } from "../domain/regeling.js";
import { bepaalBeslisser, rolNaam } from "../domain/routering.js";
import { isAdresSleutel, type Persoon } from "../domain/swv.js";
import type { Configuratie } from "./configuratie.js";

const lijst = (woorden: readonly string[]) => new Intl.ListFormat("nl", { type: "conjunction" }).format(woorden);

/** How a person is named in the summary: name, and how the bot knows them. */
function wie(p: Persoon | undefined, id: string): string {
  if (!p) return id;
  return isAdresSleutel(p.id) ? `${p.naam} <${p.email}> (object-id bij eerste gebruik)` : `${p.naam} <${p.email ?? p.id}>`;
}

/**
 * A summary of a checked configuration an office manager can read: each school with its sector,
 * stadsdeel and bestuur and who decides its aanvragen per regeling (and their vervanger), the
 * people per role, the budget pots per schooljaar and the holidays. Dutch, plain text.
 */
export function configuratieOverzicht({ swv, regelingen }: Configuratie): string {
  const persoon = new Map(swv.personen.map((p) => [p.id, p]));
  const bestuur = new Map(swv.besturen.map((b) => [b.id, b.naam]));
  const regels: string[] = [];
  regels.push(`${swv.naam} (${swv.id}): de configuratie is in orde.`);
  regels.push(`Regelingen: ${lijst(regelingen.map((r) => `${r.naam} (${r.id})`))}.`);
  regels.push(`Beslistermijn: ${swv.beslistermijnSchooldagen} schooldagen. Bewaartermijn leerlinggegevens: ${swv.bewaartermijnJaren} jaar.`);

  regels.push("", `Scholen (${swv.scholen.length})`);
  for (const school of swv.scholen) {
    const waar = [school.sector, school.stadsdeel ? `stadsdeel ${school.stadsdeel}` : undefined, `bestuur ${bestuur.get(school.bestuur) ?? school.bestuur}`].filter(Boolean);
    regels.push(`  ${school.brin} ${school.naam}: ${waar.join(", ")}`);
    const geldend = regelingen.filter((r) => r.sectoren.includes(school.sector));
    if (geldend.length === 0) regels.push("    geen regeling geldt voor deze school");
    for (const r of geldend) {
      const { beslisserId, rol } = bepaalBeslisser(r, school, swv);
      const vervangers = swv.vervangingen.filter((v) => v.voor === beslisserId).map((v) => `${wie(persoon.get(v.door), v.door)} van ${v.van} t/m ${v.tot}`);
      regels.push(`    ${r.naam}: beslist door ${wie(persoon.get(beslisserId), beslisserId)} (${rolNaam[rol]}); vervanger: ${vervangers.length ? lijst(vervangers) : "geen in de configuratie (in de chat in te stellen)"}`);
    }
  }

  regels.push("", "Personen per rol");
  for (const rol of Rol.options) {
    const met = swv.personen.flatMap((p) =>
      p.rollen
        .filter((r) => r.rol === rol)
        .map((r) => {
          const scope = "scholen" in r ? ` voor ${r.scholen.join(", ")}` : "stadsdeel" in r ? ` van stadsdeel ${r.stadsdeel}` : "bestuur" in r ? ` van ${bestuur.get(r.bestuur) ?? r.bestuur}` : "";
          return `${wie(p, p.id)}${scope}`;
        }),
    );
    regels.push(`  ${rolNaam[rol]} (${met.length})${met.length ? "" : ": niemand"}`);
    for (const m of met) regels.push(`    ${m}`);
  }

  regels.push("", "Budgetpotten (per schooljaar, 1 augustus tot en met 31 juli)");
  const potten = new Map<string, typeof regelingen>();
  for (const r of regelingen) if (r.limieten.jaarbudget) potten.set(r.limieten.jaarbudget.pot, [...(potten.get(r.limieten.jaarbudget.pot) ?? []), r]);
  if (potten.size === 0) regels.push("  geen regeling heeft een jaarbudget");
  for (const [pot, rs] of potten) {
    const jb = rs[0]!.limieten.jaarbudget!;
    const bij = jb.bijOverschrijding === "blokkeren" ? "daarboven kan niet worden toegekend" : "daarboven waarschuwt de bot en wordt het bestuur geïnformeerd";
    regels.push(`  ${pot}: ${formatBedrag(jb.bedrag)} per schooljaar voor ${lijst(rs.map((r) => r.naam))}; ${bij}`);
  }
  const zonder = regelingen.filter((r) => !r.limieten.jaarbudget);
  if (zonder.length) regels.push(`  zonder jaarbudget: ${lijst(zonder.map((r) => r.naam))}`);

  regels.push("", `Schoolvakanties (${swv.schoolvakanties.length})`);
  if (swv.schoolvakanties.length === 0) regels.push("  geen: elke werkdag telt als schooldag");
  for (const v of swv.schoolvakanties) regels.push(`  ${v.naam}: ${v.van} t/m ${v.tot}`);
  return `${regels.join("\n")}\n`;
}
