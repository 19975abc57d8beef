/** A rendered Adaptive Card as the test client sees it. */
export type KaartJson = Record<string, unknown>;

type Element = Record<string, unknown>;

function* elementen(knoop: unknown): Generator<Element> {
  if (Array.isArray(knoop)) for (const k of knoop) yield* elementen(k);
  else if (knoop && typeof knoop === "object") {
    yield knoop as Element;
    for (const waarde of Object.values(knoop)) yield* elementen(waarde);
  }
}

/** Every input of a card with the value a Teams client would send for it untouched. */
export function invoerVan(kaart: KaartJson): Record<string, string> {
  const invoer: Record<string, string> = {};
  for (const e of elementen(kaart.body)) {
    if (typeof e.type !== "string" || !e.type.startsWith("Input.") || typeof e.id !== "string") continue;
    if (e.type === "Input.Toggle") invoer[e.id] = e.value === (e.valueOn ?? "true") ? String(e.valueOn ?? "true") : String(e.valueOff ?? "false");
    else invoer[e.id] = e.value === undefined ? "" : String(e.value);
  }
  return invoer;
}

/** The inputs of a rendered card that a screen reader could not name: no label, or an empty one. */
export function zonderLabel(kaart: KaartJson): string[] {
  return [...elementen(kaart.body)].filter((e) => typeof e.type === "string" && e.type.startsWith("Input.") && (typeof e.label !== "string" || e.label.trim() === "")).map((e) => `${String(e.type)} ${String(e.id)}`);
}

/** The Action.Execute with this title, anywhere on the card. */
export function actieVan(kaart: KaartJson, titel: string): { verb: string; data: Record<string, unknown>; associatedInputs?: string } {
  for (const e of elementen(kaart)) if (e.type === "Action.Execute" && e.title === titel) return e as never;
  const titels = [...elementen(kaart)].filter((e) => typeof e.type === "string" && e.type.startsWith("Action.")).map((e) => e.title);
  throw new Error(`Geen knop '${titel}' op de kaart; wel: ${titels.join(", ")}`);
}

/** All visible text of a card, for assertions a reader would make. */
export function tekstVan(kaart: KaartJson): string {
  const delen: string[] = [];
  for (const e of elementen(kaart)) {
    if (e.type === "TextBlock" && typeof e.text === "string") delen.push(e.text);
    if (typeof e.title === "string") delen.push(e.title);
    if (typeof e.label === "string") delen.push(e.label);
    if (e.type === "FactSet" && Array.isArray(e.facts)) for (const f of e.facts as { title: string; value: string }[]) delen.push(`${f.title}: ${f.value}`);
  }
  return delen.join("\n").replace(/\u00a0/g, " ");
}

/** The red problem texts on a card. */
export function foutenVan(kaart: KaartJson): string[] {
  return [...elementen(kaart.body)].filter((e) => e.type === "TextBlock" && e.color === "Attention").map((e) => String(e.text));
}

/** Template expressions left in a rendered card, other than text the user typed themself. */
export function ongebonden(kaart: KaartJson, getypt: Iterable<string> = []): string[] {
  let json = JSON.stringify(kaart);
  for (const t of getypt) if (t.includes("${")) json = json.split(JSON.stringify(t).slice(1, -1)).join("");
  return json.match(/\$\{[^}]*\}/g) ?? [];
}

/** The red problem texts beside one input: in the container that holds the input with this id. */
export function foutenBij(kaart: KaartJson, invoerId: string): string[] {
  const houder = [...elementen(kaart.body)].find((e) => e.type === "Container" && Array.isArray(e.items) && (e.items as Element[]).some((i) => i.id === invoerId));
  return houder ? (houder.items as Element[]).filter((e) => e.type === "TextBlock" && e.color === "Attention").map((e) => String(e.text)) : [];
}
