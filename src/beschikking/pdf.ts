import type { Alinea, Brief, Feit } from "./brief.js";

/** What the letter is set in: the embedded font (regular and bold) and the SWV's logo, as bytes. */
export interface Briefmiddelen {
  regulier: Uint8Array;
  vet: Uint8Array;
  logo?: Uint8Array;
}

const MARGE = 56;
const KLEUR = { tekst: "#1a1a1a", zacht: "#555555", lijn: "#9aa5ad", accent: "#1f5f7a" };
const LABELBREEDTE = 150;
type Doc = PDFKit.PDFDocument;

function ruimte(doc: Doc, nodig: number): void {
  if (doc.y + nodig > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function breedte(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function feiten(doc: Doc, lijst: readonly Feit[], labelBreedte = LABELBREEDTE): void {
  const x = doc.page.margins.left;
  const waardeBreedte = breedte(doc) - labelBreedte;
  for (const [label, waarde] of lijst) {
    doc.font("regulier").fontSize(10);
    const h = Math.max(doc.heightOfString(label, { width: labelBreedte - 10 }), doc.heightOfString(waarde, { width: waardeBreedte }));
    ruimte(doc, h);
    const y = doc.y;
    doc.fillColor(KLEUR.zacht).text(label, x, y, { width: labelBreedte - 10 });
    doc.fillColor(KLEUR.tekst).text(waarde, x + labelBreedte, y, { width: waardeBreedte });
    doc.x = x;
    doc.y = y + h + 2;
  }
}

function punten(doc: Doc, lijst: readonly string[]): void {
  const x = doc.page.margins.left;
  const inspringing = 14;
  for (const punt of lijst) {
    doc.font("regulier").fontSize(10);
    const h = doc.heightOfString(punt, { width: breedte(doc) - inspringing });
    ruimte(doc, h);
    const y = doc.y;
    doc.fillColor(KLEUR.accent).text("•", x + 2, y, { lineBreak: false });
    doc.fillColor(KLEUR.tekst).text(punt, x + inspringing, y, { width: breedte(doc) - inspringing });
    doc.x = x;
    doc.y = y + h + 4;
  }
}

/** About how high a section will be, to keep a short one on one page. */
function hoogte(doc: Doc, a: Alinea): number {
  const b = breedte(doc);
  doc.font("regulier").fontSize(10);
  const tekst = (a.tekst ?? []).reduce((h, t) => h + doc.heightOfString(t, { width: b, lineGap: 1.5 }) + 6, 0);
  const feit = (a.feiten ?? []).reduce((h, [l, w]) => h + Math.max(doc.heightOfString(l, { width: LABELBREEDTE - 10 }), doc.heightOfString(w, { width: b - LABELBREEDTE })) + 3, 0);
  const punt = (a.punten ?? []).reduce((h, p) => h + doc.heightOfString(p, { width: b - 14 }) + 4, 0);
  return 26 + tekst + feit + punt;
}

function alinea(doc: Doc, a: Alinea): void {
  const x = doc.page.margins.left;
  const h = hoogte(doc, a);
  // A short section stays on one page; a long one starts with at least its heading and a few lines.
  ruimte(doc, h < (doc.page.height - 2 * MARGE) / 3 ? h : 60);
  doc.font("vet").fontSize(11);
  doc.fillColor(KLEUR.accent).text(a.kop, x, doc.y + 6, { width: breedte(doc) });
  doc.moveDown(0.2);
  for (const t of a.tekst ?? []) {
    doc.font("regulier").fontSize(10).fillColor(KLEUR.tekst).text(t, x, doc.y, { width: breedte(doc), lineGap: 1.5 });
    doc.moveDown(0.4);
  }
  if (a.feiten) feiten(doc, a.feiten);
  if (a.punten) punten(doc, a.punten);
}

function briefhoofd(doc: Doc, brief: Brief, logo: Uint8Array | undefined): void {
  const x = doc.page.margins.left;
  const top = 40;
  if (logo) doc.image(Buffer.from(logo), x, top, { fit: [50, 50] });
  const rechts = doc.page.width - doc.page.margins.right;
  const blok = 220;
  doc.font("vet").fontSize(11).fillColor(KLEUR.tekst).text(brief.afzender.naam, rechts - blok, top, { width: blok, align: "right" });
  doc.font("regulier").fontSize(9.5).fillColor(KLEUR.zacht);
  for (const regel of brief.afzender.adres) doc.text(regel, rechts - blok, doc.y, { width: blok, align: "right" });
  const onder = Math.max(doc.y, top + 50) + 12;
  doc.moveTo(x, onder).lineTo(rechts, onder).lineWidth(0.6).strokeColor(KLEUR.lijn).stroke();
  doc.font("regulier").fontSize(10).fillColor(KLEUR.tekst);
  doc.y = onder + 16;
  for (const regel of brief.geadresseerde) doc.text(regel, x, doc.y, { width: breedte(doc) });
  doc.y += 18;
}

function bijlage(doc: Doc, b: NonNullable<Brief["bijlage"]>): void {
  doc.addPage();
  const x = doc.page.margins.left;
  doc.font("vet").fontSize(13).fillColor(KLEUR.accent).text(b.kop, x, doc.page.margins.top, { width: breedte(doc) });
  doc.moveDown(0.5);
  doc.font("regulier").fontSize(10).fillColor(KLEUR.tekst).text(b.tekst, x, doc.y, { width: breedte(doc) });
  doc.moveDown(0.8);
  const kolom = breedte(doc) / b.kolommen.length;
  const rij = (cellen: readonly string[], font: "regulier" | "vet") => {
    doc.font(font).fontSize(10);
    const h = Math.max(...cellen.map((c) => doc.heightOfString(c, { width: kolom - 8 })));
    ruimte(doc, h + 6);
    const y = doc.y;
    cellen.forEach((c, i) => doc.fillColor(KLEUR.tekst).text(c, x + i * kolom, y, { width: kolom - 8 }));
    doc.moveTo(x, y + h + 3).lineTo(x + breedte(doc), y + h + 3).lineWidth(0.4).strokeColor(KLEUR.lijn).stroke();
    doc.x = x;
    doc.y = y + h + 7;
  };
  rij(b.kolommen, "vet");
  for (const r of b.rijen) rij(r, "regulier");
}

function voetregels(doc: Doc, brief: Brief): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const onder = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("regulier")
      .fontSize(8)
      .fillColor(KLEUR.zacht)
      .text(`${brief.eigenschappen.titel} · ${brief.afzender.naam} · pagina ${i + 1} van ${count}`, doc.page.margins.left, doc.page.height - 40, { width: breedte(doc), align: "center", lineBreak: false });
    doc.page.margins.bottom = onder;
  }
}

/**
 * The letter as a PDF (A4) with the font embedded (subset), so it prints the same
 * everywhere. Deterministic: the document's dates and id come from the decision, so the
 * same letter gives the same bytes.
 */
export async function tekenBrief(brief: Brief, middelen: Briefmiddelen): Promise<Buffer> {
  // Loaded on the first letter, not at start: pdfkit and fontkit take a second or two to load.
  const { default: PDFDocument } = await import("pdfkit");
  const { titel, auteur, onderwerp, datum } = brief.eigenschappen;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGE, bottom: MARGE, left: MARGE, right: MARGE },
    bufferPages: true,
    displayTitle: true,
    lang: "nl-NL",
    info: { Title: titel, Author: auteur, Subject: onderwerp, Creator: "maatwerkbot", Producer: "maatwerkbot", CreationDate: datum, ModDate: datum },
  });
  const delen: Buffer[] = [];
  const klaar = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (d: Buffer) => delen.push(d));
    doc.on("end", () => resolve(Buffer.concat(delen)));
    doc.on("error", reject);
  });
  doc.registerFont("regulier", Buffer.from(middelen.regulier));
  doc.registerFont("vet", Buffer.from(middelen.vet));

  briefhoofd(doc, brief, middelen.logo);
  const x = doc.page.margins.left;
  doc.font("vet").fontSize(14).fillColor(KLEUR.tekst).text(brief.titel, x, doc.y, { width: breedte(doc) });
  doc.moveDown(0.5);
  feiten(doc, brief.kenmerken);
  doc.moveDown(0.6);
  doc.font("regulier").fontSize(10).fillColor(KLEUR.tekst).text(brief.aanhef, x, doc.y, { width: breedte(doc) });
  for (const a of brief.alineas) alinea(doc, a);
  // The closing paragraph and the signature stay together.
  doc.font("regulier").fontSize(10);
  ruimte(doc, brief.slot.reduce((h, t) => h + doc.heightOfString(t, { width: breedte(doc), lineGap: 1.5 }), 0) + 100);
  doc.moveDown(0.5);
  for (const t of brief.slot) doc.font("regulier").fontSize(10).fillColor(KLEUR.tekst).text(t, x, doc.y, { width: breedte(doc), lineGap: 1.5 });
  doc.moveDown(1);
  const { groet, naam, functie } = brief.ondertekening;
  for (const regel of groet) doc.font("regulier").fontSize(10).text(regel, x, doc.y, { width: breedte(doc) });
  if (naam) doc.font("vet").text(naam, x, doc.y + 24, { width: breedte(doc) });
  if (functie) doc.font("regulier").text(functie, x, doc.y, { width: breedte(doc) });
  if (brief.bijlage) bijlage(doc, brief.bijlage);
  voetregels(doc, brief);
  doc.end();
  return klaar;
}
