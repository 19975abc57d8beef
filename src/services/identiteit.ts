import { z } from "zod/v4";
import type { Configuratie } from "../config/configuratie.js";
import { adresSleutel, isAdresSleutel, type Persoon } from "../domain/swv.js";
import type { Store } from "../storage/ports.js";

/** What the Bot Framework connector says about a member (GET /v3/conversations/{id}/members/{userId}); the rest is ignored. */
export const Lid = z.looseObject({
  aadObjectId: z.string().max(100).optional(),
  email: z.string().max(320).optional(),
  userPrincipalName: z.string().max(320).optional(),
});
export type Lid = z.infer<typeof Lid>;

/** How long an object id that matched nobody is not looked up again (the lookup is throttled by Teams). */
export const ONBEKEND_ONTHOUDEN_MS = 60 * 60_000;
const MAX_ONTHOUDEN = 10_000;

/** A line for the operator's log. */
type Log = (niveau: "info" | "warn", bericht: string, velden?: Record<string, unknown>) => void;

/** Who is acting, from the Entra object id Teams puts on an activity. */
export interface IdentiteitService {
  /**
   * The configured person with this object id, directly or through the binding made at their
   * first contact; undefined otherwise. Never asks the connector.
   */
  bekend(objectId: string | undefined): Promise<Persoon | undefined>;
  /**
   * As `bekend`, and for an object id nobody is bound to yet while people configured by e-mail
   * are still unbound: asks `vraagLid` (the connector's member lookup) who it is, at most once per
   * object id, and binds it when exactly one person configured by e-mail only has that address.
   * No match, or an address several people share, gives undefined and stores nothing.
   */
  herken(objectId: string | undefined, vraagLid: () => Promise<unknown>): Promise<Persoon | undefined>;
}

/** The identity resolution: configured object ids first, then bindings, then one member lookup. */
export function identiteitService(deps: { config: Configuratie; store: Store; klok: () => Date; log: Log }): IdentiteitService {
  const personen = () => deps.config.swv.personen;
  /** Object ids that matched nobody, until when they are not looked up again. */
  const onbekend = new Map<string, number>();
  const lopend = new Map<string, Promise<Persoon | undefined>>();

  const bekend = async (objectId: string | undefined): Promise<Persoon | undefined> => {
    if (objectId === undefined || objectId === "" || isAdresSleutel(objectId)) return undefined;
    const direct = personen().find((p) => p.id === objectId);
    if (direct) return direct;
    const koppeling = await deps.store.koppelingen.haal(objectId);
    // A binding to an address that is no longer configured is stale: the person is looked up again.
    return koppeling && personen().find((p) => p.id === koppeling.adres);
  };

  const weiger = (objectId: string, reden: string, velden: Record<string, unknown> = {}) => {
    if (onbekend.size >= MAX_ONTHOUDEN) onbekend.delete(onbekend.keys().next().value!);
    onbekend.set(objectId, deps.klok().getTime() + ONBEKEND_ONTHOUDEN_MS);
    deps.log("info", "Onbekende gebruiker: niet gekoppeld", { reden, ...velden });
    return undefined;
  };

  const zoek = async (objectId: string, vraagLid: () => Promise<unknown>): Promise<Persoon | undefined> => {
    const gekoppeld = new Set((await deps.store.koppelingen.lijst()).map((k) => k.adres));
    if (!personen().some((p) => isAdresSleutel(p.id) && !gekoppeld.has(p.id))) return weiger(objectId, "iedereen met alleen een e-mailadres is al gekoppeld");
    const gelezen = Lid.safeParse(await vraagLid());
    if (!gelezen.success) return weiger(objectId, "geen lid van dit gesprek");
    const lid = gelezen.data;
    if (lid.aadObjectId !== undefined && lid.aadObjectId !== objectId) return weiger(objectId, "de connector noemt een ander object-id");
    const adressen = new Set([lid.email, lid.userPrincipalName].filter((a): a is string => a !== undefined && a !== "").map(adresSleutel));
    const treffers = personen().filter((p) => p.email !== undefined && adressen.has(adresSleutel(p.email)));
    if (treffers.length !== 1) return weiger(objectId, treffers.length === 0 ? "adres niet in de configuratie" : "adres bij meerdere personen", { aantal: treffers.length });
    const persoon = treffers[0]!;
    // Someone configured with an object id is known by that id only: another account with their address is not them.
    if (!isAdresSleutel(persoon.id)) return weiger(objectId, "het adres hoort bij iemand met een ander object-id");
    const op = deps.klok().toISOString();
    await deps.store.koppelingen.bind(
      { objectId, adres: persoon.id, op },
      { op, actor: objectId, actie: "persoon-gekoppeld", uitkomst: "toegestaan", reden: `object-id gekoppeld aan het geconfigureerde adres ${persoon.id}` },
    );
    deps.log("info", "Persoon bij eerste contact gekoppeld aan het object-id van Teams", { persoon: persoon.id });
    return persoon;
  };

  return {
    bekend,
    herken: async (objectId, vraagLid) => {
      const gevonden = await bekend(objectId);
      if (gevonden || objectId === undefined || objectId === "" || isAdresSleutel(objectId)) return gevonden;
      if ((onbekend.get(objectId) ?? 0) > deps.klok().getTime()) return undefined;
      // Messages of one new person arriving together share one lookup.
      let bezig = lopend.get(objectId);
      if (!bezig) {
        bezig = zoek(objectId, vraagLid).finally(() => lopend.delete(objectId));
        lopend.set(objectId, bezig);
      }
      return bezig;
    },
  };
}
