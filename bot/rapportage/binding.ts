import type { Aanmelden } from "../../src/config/aanmelden.js";
import { aanmeldCookie } from "./aanmeldCookie.js";
import { maakAanmelder, TERUG_PAD } from "./aanmelden.js";
import type { Binding } from "./route.js";

/** The download routes' binding from the sign-in setting, with the address users reach the bot at. */
export function maakBinding(aanmelden: Aanmelden, basisUrl: () => string, https: boolean): Binding {
  if (aanmelden.soort !== "verplicht") return aanmelden.soort === "open" ? { soort: "open" } : { soort: "niet-ingericht" };
  const terugUrl = () => `${basisUrl()}${TERUG_PAD}`;
  return { soort: "verplicht", aanmelder: maakAanmelder(aanmelden, terugUrl), cookie: aanmeldCookie(aanmelden.clientSecret, https), terugUrl };
}
