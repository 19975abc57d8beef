import { parseSetCookie } from "cookie";
import { describe, expect, it } from "vitest";
import { aanmeldCookie, AANMELDEN_GELDIG_S } from "../../../bot/rapportage/aanmeldCookie.js";

const LOPEND = { token: "t".repeat(43), state: "s".repeat(43), nonce: "n".repeat(43), verifier: "v".repeat(43) };
const nu = new Date("2026-11-23T09:00:00Z");
const alsHeader = (setCookie: string) => {
  const c = parseSetCookie(setCookie);
  return `${c.name}=${c.value}`;
};

describe("the cookie of a sign-in in progress", () => {
  it("over https: __Host- prefixed, Secure, HttpOnly, SameSite=Lax, ten minutes; read back on another instance with the same secret", async () => {
    const zet = await aanmeldCookie("een-lang-genoeg-geheim", true).zet(LOPEND, nu);
    expect(parseSetCookie(zet)).toMatchObject({ name: "__Host-maatwerkbot-aanmelden", httpOnly: true, secure: true, sameSite: "lax", path: "/", maxAge: AANMELDEN_GELDIG_S });
    expect(zet).not.toContain(LOPEND.token);
    expect(await aanmeldCookie("een-lang-genoeg-geheim", true).lees(alsHeader(zet), nu)).toEqual(LOPEND);
  });

  it("over plain http (local): not Secure, and without the __Host- prefix that requires it", async () => {
    expect(parseSetCookie(await aanmeldCookie("een-lang-genoeg-geheim", false).zet(LOPEND, nu))).toMatchObject({ name: "maatwerkbot-aanmelden", httpOnly: true, sameSite: "lax" });
  });

  it("is not accepted when tampered with, made with another secret, expired, or absent", async () => {
    const koek = aanmeldCookie("een-lang-genoeg-geheim", false);
    const header = alsHeader(await koek.zet(LOPEND, nu));
    const [kop, ...rest] = header.split(".");
    const laatste = rest.at(-1)!;
    expect(await koek.lees([kop, ...rest.slice(0, -1), `${laatste.slice(0, -2)}${laatste.endsWith("AA") ? "BB" : "AA"}`].join("."), nu)).toBeUndefined();
    expect(await aanmeldCookie("een-ander-lang-geheim", false).lees(header, nu)).toBeUndefined();
    expect(await koek.lees(header, new Date(nu.getTime() + AANMELDEN_GELDIG_S * 1000 + 1000))).toBeUndefined();
    expect(await koek.lees(undefined, nu)).toBeUndefined();
    expect(await koek.lees("andere=koek", nu)).toBeUndefined();
    expect(parseSetCookie(koek.wis())).toMatchObject({ name: "maatwerkbot-aanmelden", maxAge: 0 });
  });
});
