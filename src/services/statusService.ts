import type { Configuratie } from "../config/configuratie.js";
import type { Aanvraag } from "../domain/aanvraag.js";
import { heeftRol, rollenVan, type Persoon } from "../domain/swv.js";
import type { AuditRegel, Store } from "../storage/ports.js";
import type { BeslissingService } from "./beslissingService.js";

/** What the status questions need. */
export interface StatusDeps {
  config: Configuratie;
  store: Store;
  beslissingen: Pick<BeslissingService, "beslissers" | "betrokken">;
}

/** Phases in which an aanvraag is open: waiting for a decision, or sent back to the consulent. */
const OPEN: readonly Aanvraag["status"]["fase"][] = ["ingediend", "teruggestuurd"];
/** Phases of a running traject: granted, or started. */
const LOPEND: readonly Aanvraag["status"]["fase"][] = ["toegekend", "lopend"];

/**
 * Status questions under the visibility rules: staff see every aanvraag of their SWV; a
 * consulent those of their own schools; a contactpersoon those of their schools; a decider
 * those routed to them, those they stand in for, and those they acted on; the bestuur
 * contact none (aggregates only). Outside one's view an aanvraag does not exist.
 */
export function statusService(deps: StatusDeps) {
  const { config, store } = deps;
  const swv = config.swv;

  const zichtbaar = async (p: Persoon, a: Aanvraag): Promise<boolean> => {
    if (a.swvId !== swv.id) return false;
    if (heeftRol(swv, p.id, "staf")) return true;
    const scholen = new Set(rollenVan(swv, p.id).flatMap((r) => (r.rol === "consulent" || r.rol === "contactpersoon" ? r.scholen : [])));
    if (a.consulentId === p.id || scholen.has(a.schoolBrin)) return a.status.fase !== "concept" || a.consulentId === p.id;
    if (a.status.fase === "concept") return false;
    return a.geschiedenis.some((g) => g.door === p.id || g.namens === p.id) || (await deps.beslissingen.beslissers(a)).includes(p.id);
  };

  const filter = async (p: Persoon, lijst: readonly Aanvraag[]) => {
    const uit: Aanvraag[] = [];
    for (const a of lijst) if (await zichtbaar(p, a)) uit.push(a);
    return uit;
  };

  const vanScholen = async (p: Persoon, zoek: string, fasen: readonly Aanvraag["status"]["fase"][]): Promise<{ scholen: string[]; aanvragen: Aanvraag[] }> => {
    const woorden = zoek.toLowerCase().split(" ").filter(Boolean);
    const scholen = swv.scholen.filter((s) => woorden.every((w) => s.naam.toLowerCase().includes(w) || s.brin.toLowerCase() === w));
    const brins = scholen.map((s) => s.brin);
    const aanvragen = brins.length === 0 ? [] : await filter(p, await store.aanvragen.lijst({ swvId: swv.id, schoolBrins: brins, fasen }));
    return { scholen: scholen.map((s) => s.naam), aanvragen };
  };

  return {
    zichtbaar,
    /** The aanvraag with this id when it is within one's view (checked again, never trusted from a card); undefined otherwise. */
    async details(p: Persoon, id: string): Promise<Aanvraag | undefined> {
      const a = await store.aanvragen.haal(id);
      return a && (await zichtbaar(p, a)) ? a : undefined;
    },
    /**
     * The history of an aanvraag by number: staff get its audit log, refused attempts included;
     * the people involved (consulent, deciders, whoever acted) its own history. Undefined for anyone else.
     */
    async geschiedenis(p: Persoon, nummer: string): Promise<{ aanvraag: Aanvraag; audit?: AuditRegel[] } | undefined> {
      const a = await store.aanvragen.haalOpNummer(swv.id, nummer);
      if (!a) return undefined;
      if (heeftRol(swv, p.id, "staf")) return { aanvraag: a, audit: await store.audit.lijst({ aanvraagId: a.id }) };
      return (await deps.beslissingen.betrokken(p.id, a)) ? { aanvraag: a } : undefined;
    },
    /** The aanvraag with this number, or undefined when it does not exist or is outside one's view: the same answer. */
    async opNummer(p: Persoon, nummer: string): Promise<Aanvraag | undefined> {
      const a = await store.aanvragen.haalOpNummer(swv.id, nummer);
      return a && (await zichtbaar(p, a)) ? a : undefined;
    },
    /** A consulent's own aanvragen and those of their schools, newest first. */
    async mijnAanvragen(p: Persoon): Promise<Aanvraag[]> {
      const scholen = rollenVan(swv, p.id).flatMap((r) => (r.rol === "consulent" || r.rol === "contactpersoon" ? r.scholen : []));
      const eigen = await store.aanvragen.lijst({ swvId: swv.id, consulentId: p.id });
      const vanScholen = scholen.length ? await store.aanvragen.lijst({ swvId: swv.id, schoolBrins: scholen }) : [];
      const alle = await filter(p, [...new Map([...eigen, ...vanScholen].map((a) => [a.id, a])).values()]);
      return alle.filter((a) => a.consulentId === p.id || a.status.fase !== "concept").sort((x, y) => y.nummer.localeCompare(x.nummer));
    },
    /** What waits for this person's decision: submitted aanvragen routed to them or to whom they stand in for. */
    async bijMij(p: Persoon): Promise<Aanvraag[]> {
      const uit: Aanvraag[] = [];
      for (const a of await store.aanvragen.lijst({ swvId: swv.id, fasen: ["ingediend"] })) if ((await deps.beslissingen.beslissers(a)).includes(p.id)) uit.push(a);
      return uit;
    },
    /** Open aanvragen (ingediend, teruggestuurd) of the schools whose name or BRIN matches `zoek` (all schools when empty), within one's view. */
    openstaand: (p: Persoon, zoek: string) => vanScholen(p, zoek, OPEN),
    /** Running trajecten (toegekend, lopend) of the schools whose name or BRIN matches `zoek` (all schools when empty), within one's view. */
    lopend: (p: Persoon, zoek: string) => vanScholen(p, zoek, LOPEND),
  };
}

/** The status service as built for one configuration. */
export type StatusService = ReturnType<typeof statusService>;
