import { createHash } from "node:crypto";
import { isAdresSleutel, type Persoon } from "../../src/domain/swv.js";

/** The Playground's config file name; it is also what the Playground looks for in its working folder. */
export const CONFIG_BESTAND = ".m365agentsplayground.yml";

/** How many users the config lists besides the current user: the Playground's schema demands exactly five. */
export const ANDERE_GEBRUIKERS = 5;

/**
 * The Entra object id a person has in the Playground: their configured one, or for someone configured by
 * e-mail only a fixed one made from the address (the bot then learns it through the Playground's member lookup).
 */
export function playgroundObjectId(p: Persoon): string {
  if (!isAdresSleutel(p.id)) return p.id;
  const h = createHash("sha256").update(p.id).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function gebruiker(p: Persoon) {
  const [voornaam, ...rest] = p.naam.split(" ");
  const email = p.email ?? `${p.id.slice(0, 8)}@example.org`;
  const objectId = playgroundObjectId(p);
  return {
    id: `gebruiker-${objectId}`,
    name: p.naam,
    userPrincipleName: email,
    aadObjectId: objectId,
    givenName: voornaam ?? p.naam,
    surname: rest.join(" ") || p.naam,
    email,
  };
}

function invuller(i: number): Persoon {
  return { id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`, naam: `Collega ${i + 1}`, rollen: [{ rol: "staf" }] };
}

/**
 * The Playground config (schema version 0.1.1) for one person: they are `currentUser`, and
 * `users` holds five others of the SWV, padded with made-up colleagues when the SWV is
 * smaller. Conversation ids carry the person's id, so no two Playgrounds share one.
 * Written as JSON, which is valid YAML.
 */
export function playgroundConfig(huidig: Persoon, alle: readonly Persoon[]): string {
  const sleutel = playgroundObjectId(huidig);
  const anderen = alle.filter((p) => p.id !== huidig.id).slice(0, ANDERE_GEBRUIKERS);
  for (let i = anderen.length; i < ANDERE_GEBRUIKERS; i++) anderen.push(invuller(i));
  return `${JSON.stringify(
    {
      version: "0.1.1",
      tenantId: "00000000-0000-0000-0000-000000000001",
      bot: { id: "00000000-0000-0000-0000-000000000011", name: "Maatwerkbot" },
      currentUser: gebruiker(huidig),
      users: anderen.map(gebruiker),
      personalChat: { id: `persoonlijk-${sleutel}` },
      groupChat: { id: `groepschat-${sleutel}`, name: "Groepschat" },
      team: {
        id: `team-${sleutel}`,
        name: "Samenwerkingsverband",
        aadGroupId: "00000000-0000-0000-0000-000000000031",
        channels: [{ id: `kanaal-${sleutel}`, name: "Algemeen" }],
      },
    },
    null,
    2,
  )}\n`;
}
