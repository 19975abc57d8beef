import type { Persoon } from "../../src/domain/swv.js";

/** The users the Playground must list besides the current one: exactly five. */
export const ANDERE_GEBRUIKERS = 5;

function gebruiker(p: Persoon) {
  const [voornaam, ...rest] = p.naam.split(" ");
  const email = p.email ?? `${p.id.slice(0, 8)}@example.org`;
  return {
    id: `gebruiker-${p.id}`,
    name: p.naam,
    userPrincipleName: email,
    aadObjectId: p.id,
    givenName: voornaam ?? p.naam,
    surname: rest.join(" ") || p.naam,
    email,
  };
}

/**
 * The Playground's config for one person: they are the current user, with five others
 * of the SWV as the other users (padded with placeholders when the SWV is small).
 * JSON is valid YAML, so the file is written as JSON.
 */
export function playgroundConfig(huidig: Persoon, alle: readonly Persoon[]): string {
  const anderen = alle.filter((p) => p.id !== huidig.id).slice(0, ANDERE_GEBRUIKERS).map(gebruiker);
  for (let i = anderen.length; i < ANDERE_GEBRUIKERS; i++)
    anderen.push({ ...gebruiker({ id: `00000000-0000-4000-8000-00000000000${i}`, naam: `Collega ${i + 1}`, rollen: [{ rol: "staf" }] }) });
  return JSON.stringify(
    {
      version: "0.1.1",
      tenantId: "00000000-0000-0000-0000-000000000001",
      bot: { id: "00000000-0000-0000-0000-000000000011", name: "Maatwerkbot" },
      currentUser: gebruiker(huidig),
      users: anderen,
      personalChat: { id: `persoonlijk-${huidig.id}` },
      groupChat: { id: "groepschat", name: "Groepschat" },
      team: { id: "team", name: "Samenwerkingsverband", aadGroupId: "00000000-0000-0000-0000-000000000031", channels: [{ id: "kanaal-algemeen", name: "Algemeen" }] },
    },
    null,
    2,
  );
}
