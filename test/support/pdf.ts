import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { promisify } from "node:util";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** The text of each page of a PDF as a reader would copy it (pdfjs-dist), spaces normalised (the euro's non-breaking space too). */
export async function tekstPerPagina(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, disableFontFace: true, isEvalSupported: false }).promise;
  try {
    const paginas: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const inhoud = await (await doc.getPage(i)).getTextContent();
      paginas.push(inhoud.items.map((item) => ("str" in item ? `${item.str}${item.hasEOL ? "\n" : ""}` : "")).join("").replace(/[ \u00a0]+/g, " "));
    }
    return paginas;
  } finally {
    await doc.destroy();
  }
}

/** The first page rendered to PNG by poppler's pdftoppm (as a printer would see it); resolves to the PNG's path. */
export async function eerstePaginaAlsPng(pdf: Uint8Array, pngZonderExtensie: string, dpi = 100): Promise<string> {
  await mkdir(dirname(pngZonderExtensie), { recursive: true });
  await writeFile(`${pngZonderExtensie}.pdf`, pdf);
  await promisify(execFile)("pdftoppm", ["-png", "-r", String(dpi), "-f", "1", "-l", "1", "-singlefile", `${pngZonderExtensie}.pdf`, pngZonderExtensie]);
  return `${pngZonderExtensie}.png`;
}
