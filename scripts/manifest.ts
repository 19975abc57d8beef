import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { ManifestUtil } from "@microsoft/app-manifest";

/** The placeholders of appPackage/manifest.json, filled from the environment. */
export const PLAATSHOUDERS = ["TEAMS_APP_ID", "BOT_ID", "BOT_DOMAIN"] as const;

/** The manifest with `${{NAME}}` placeholders replaced; throws a Dutch message naming every missing variable. */
export function vulManifest(sjabloon: string, env: Record<string, string | undefined>): Record<string, unknown> {
  const ontbrekend = PLAATSHOUDERS.filter((n) => !env[n]);
  if (ontbrekend.length > 0) throw new Error(`Vul deze omgevingsvariabelen in voor het app-pakket: ${ontbrekend.join(", ")}.`);
  return JSON.parse(sjabloon.replace(/\$\{\{(\w+)\}\}/g, (_, naam: string) => env[naam] ?? "")) as Record<string, unknown>;
}

/** The official Teams manifest schema of a version, as shipped (offline) in @microsoft/app-manifest. */
export function officieelSchema(versie: string): Record<string, unknown> {
  const pad = createRequire(import.meta.url).resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${versie}/MicrosoftTeams.schema.json`);
  return JSON.parse(readFileSync(pad, "utf8")) as Record<string, unknown>;
}

/** Validate a manifest against the official schema of its manifestVersion; resolves to the problems, empty when valid. */
export async function valideerManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const schema = officieelSchema(String(manifest.manifestVersion));
  return ManifestUtil.validateManifestAgainstSchema(manifest as never, schema as never);
}
