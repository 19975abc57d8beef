import { Rol } from "../../src/domain/regeling.js";
import { rolNaam } from "../../src/domain/routering.js";
import type { Persoon, RolToewijzing } from "../../src/domain/swv.js";

const gewoon = (tekst: string) => tekst.normalize("NFD").replace(/\p{Diacritic}/gu, "").trim().toLowerCase();

/** Whether a word from ROLLEN names this role: its key, a start of it, or its Dutch name ("bestuur", "coördinator"). */
function noemt(woord: string, rol: Rol): boolean {
  const w = gewoon(woord);
  return rol === w || rol.startsWith(w) || gewoon(rolNaam[rol]) === w;
}

/**
 * The people to start a Playground for: everyone, or only those holding a role named in
 * `rollen` (comma-separated, as in the environment variable ROLLEN). Throws on a word that
 * names no role, or when nobody holds the roles.
 */
export function kiesPersonen(personen: readonly Persoon[], rollen: string | undefined): Persoon[] {
  const woorden = (rollen ?? "").split(",").map((w) => w.trim()).filter(Boolean);
  if (woorden.length === 0) return [...personen];
  const onbekend = woorden.filter((w) => !Rol.options.some((r) => noemt(w, r)));
  if (onbekend.length > 0)
    throw new Error(`ROLLEN noemt een onbekende rol: ${onbekend.join(", ")}. Bekende rollen: ${Rol.options.join(", ")}.`);
  const gekozen = personen.filter((p) => p.rollen.some((r) => woorden.some((w) => noemt(w, r.rol))));
  if (gekozen.length === 0) throw new Error(`Niemand in het samenwerkingsverband heeft de rol ${woorden.join(" of ")}.`);
  return gekozen;
}

function rolTekst(r: RolToewijzing): string {
  return r.rol === "stadsdeelmanager" ? `${rolNaam[r.rol]} ${r.stadsdeel}` : rolNaam[r.rol];
}

/** How a person is announced: "Consulent (Sanne de Vries)", "Stadsdeelmanager haven (Mark Jansen)". */
export function label(persoon: Persoon): string {
  const rollen = new Intl.ListFormat("nl", { type: "conjunction" }).format([...new Set(persoon.rollen.map(rolTekst))]);
  return `${rollen.charAt(0).toUpperCase()}${rollen.slice(1)} (${persoon.naam})`;
}
