import type { Regeling, VoorwaardenRegel } from "./regeling.js";

/** The rule of a regeling's checklist: the configured one, or all items. */
export function regelVan(regeling: Regeling): VoorwaardenRegel | undefined {
  const { items, regel } = regeling.voorwaarden;
  if (regel !== undefined) return regel;
  return items.length === 0 ? undefined : { alleVan: items.map((v) => v.id) };
}

/** Whether the ticked conditions satisfy a rule. */
export function voldaan(regel: VoorwaardenRegel, aangevinkt: Readonly<Record<string, boolean>>): boolean {
  if (typeof regel === "string") return aangevinkt[regel] === true;
  if ("alleVan" in regel) return regel.alleVan.every((r) => voldaan(r, aangevinkt));
  return regel.eenVan.some((r) => voldaan(r, aangevinkt));
}

/**
 * The parts of the rule that are not met, each as the labels that would satisfy it:
 * one label for a single condition, several for "one of these".
 */
export function ontbrekend(regeling: Regeling, aangevinkt: Readonly<Record<string, boolean>>): string[][] {
  const regel = regelVan(regeling);
  if (regel === undefined) return [];
  const label = (id: string) => regeling.voorwaarden.items.find((v) => v.id === id)?.label ?? id;
  const bladeren = (r: VoorwaardenRegel): string[] =>
    typeof r === "string" ? [label(r)] : ("alleVan" in r ? r.alleVan : r.eenVan).flatMap(bladeren);
  const loop = (r: VoorwaardenRegel): string[][] => {
    if (voldaan(r, aangevinkt)) return [];
    if (typeof r === "string") return [[label(r)]];
    if ("alleVan" in r) return r.alleVan.flatMap(loop);
    return [r.eenVan.flatMap(bladeren)];
  };
  return loop(regel);
}
