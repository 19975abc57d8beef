/** `npm run package [-- --uit <map>]`: fills in the manifest, checks it against the official schema and writes the Teams app zip (default folder appPackage/build). */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import JSZip from "jszip";
import { valideerManifest, vulManifest } from "./manifest.js";

try {
  const { values } = parseArgs({ options: { uit: { type: "string", default: "appPackage/build" } } });
  const map = values.uit;
  const manifest = vulManifest(readFileSync("appPackage/manifest.json", "utf8"), process.env);
  const problemen = await valideerManifest(manifest);
  if (problemen.length > 0) throw new Error(`Het manifest klopt niet met het officiële schema:\n${problemen.join("\n")}`);
  const zip = new JSZip();
  zip.file("manifest.json", JSON.stringify(manifest, null, 2));
  zip.file("color.png", readFileSync("appPackage/color.png"));
  zip.file("outline.png", readFileSync("appPackage/outline.png"));
  mkdirSync(map, { recursive: true });
  const pad = join(map, "appPackage.zip");
  writeFileSync(pad, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  console.log(`${pad} geschreven.`);
} catch (error) {
  console.error(`Pakket niet gemaakt: ${(error as Error).message}`);
  process.exit(1);
}
