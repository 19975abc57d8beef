/** `npm run package`: fills in the manifest, checks it against the official schema and writes the Teams app zip. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { valideerManifest, vulManifest } from "./manifest.js";

try {
  const manifest = vulManifest(readFileSync("appPackage/manifest.json", "utf8"), process.env);
  const problemen = await valideerManifest(manifest);
  if (problemen.length > 0) throw new Error(`Het manifest klopt niet met het officiële schema:\n${problemen.join("\n")}`);
  const zip = new JSZip();
  zip.file("manifest.json", JSON.stringify(manifest, null, 2));
  zip.file("color.png", readFileSync("appPackage/color.png"));
  zip.file("outline.png", readFileSync("appPackage/outline.png"));
  mkdirSync("appPackage/build", { recursive: true });
  writeFileSync("appPackage/build/appPackage.zip", await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  console.log("appPackage/build/appPackage.zip geschreven.");
} catch (error) {
  console.error(`Pakket niet gemaakt: ${(error as Error).message}`);
  process.exit(1);
}
