/**
 * Draws the app icons the Teams manifest needs: color.png (192x192, full colour) and
 * outline.png (32x32, white on transparent): a check mark in a ring, the bot's "akkoord".
 * Run once after changing the design: `npx tsx scripts/iconen.ts`; the PNGs are committed.
 */
import { writeFileSync } from "node:fs";
import { PNG } from "pngjs";

type Kleur = [number, number, number, number];

function afstandTotLijn(px: number, py: number, [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function teken(grootte: number, achtergrond: Kleur, voorgrond: Kleur): Buffer {
  const png = new PNG({ width: grootte, height: grootte });
  const s = grootte;
  const midden = s / 2;
  const ring = { straal: s * 0.36, dikte: s * 0.07 };
  const vinkDikte = s * 0.075;
  const vink: [[number, number], [number, number], [number, number]] = [
    [s * 0.33, s * 0.52],
    [s * 0.45, s * 0.64],
    [s * 0.68, s * 0.38],
  ];
  for (let y = 0; y < s; y++)
    for (let x = 0; x < s; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      const opRing = Math.abs(Math.hypot(px - midden, py - midden) - ring.straal) <= ring.dikte / 2;
      const opVink = Math.min(afstandTotLijn(px, py, vink[0], vink[1]), afstandTotLijn(px, py, vink[1], vink[2])) <= vinkDikte / 2;
      const kleur = opRing || opVink ? voorgrond : achtergrond;
      const i = (y * s + x) * 4;
      png.data[i] = kleur[0];
      png.data[i + 1] = kleur[1];
      png.data[i + 2] = kleur[2];
      png.data[i + 3] = kleur[3];
    }
  return PNG.sync.write(png);
}

writeFileSync("appPackage/color.png", teken(192, [31, 111, 139, 255], [255, 255, 255, 255]));
writeFileSync("appPackage/outline.png", teken(32, [0, 0, 0, 0], [255, 255, 255, 255]));
console.log("appPackage/color.png en appPackage/outline.png geschreven.");
