import { describe, expect, it } from "vitest";
import { aanmeldInstelling } from "../../src/config/aanmelden.js";
import { leesOmgeving } from "../../src/config/omgeving.js";
import { fouttekst, isDomainError } from "../../src/domain/errors.js";

const BOT = { BOT_ID: "00000000-0000-4000-8000-000000000001", BOT_PASSWORD: "een-lang-genoeg-geheim", OPSLAG_ONVERSLEUTELD: "ja" };
const fout = (env: Record<string, string>) => {
  try {
    leesOmgeving(env);
  } catch (error) {
    if (!isDomainError(error, "OMGEVING_ONGELDIG")) throw error;
    return fouttekst(error);
  }
  throw new Error("geen fout");
};

describe("sign-in for the report download, from the environment", () => {
  it("given nothing (local, anonymous): the open one-use link", () => {
    expect(aanmeldInstelling(leesOmgeving({}))).toEqual({ soort: "open" });
  });

  it("given a single-tenant bot registration: Entra ID of that tenant with the bot's own id and secret", () => {
    expect(aanmeldInstelling(leesOmgeving({ ...BOT, BOT_TYPE: "SingleTenant", BOT_TENANT_ID: "contoso.onmicrosoft.com" }))).toEqual({
      soort: "verplicht",
      issuer: "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0",
      clientId: BOT.BOT_ID,
      clientSecret: BOT.BOT_PASSWORD,
    });
  });

  it("given explicit AANMELDEN_* variables: those win over the bot registration", () => {
    const o = leesOmgeving({ ...BOT, AANMELDEN_ISSUER: "https://login.microsoftonline.com/t/v2.0", AANMELDEN_CLIENT_ID: "web-app", AANMELDEN_CLIENT_SECRET: "nog-een-ander-geheim" });
    expect(aanmeldInstelling(o)).toEqual({ soort: "verplicht", issuer: "https://login.microsoftonline.com/t/v2.0", clientId: "web-app", clientSecret: "nog-een-ander-geheim" });
  });

  it("given real Teams (BOT_ID) without a tenant or issuer: not set up, naming what is missing — the bot still starts", () => {
    expect(aanmeldInstelling(leesOmgeving(BOT))).toEqual({ soort: "niet-ingericht", ontbreekt: ["AANMELDEN_ISSUER (of BOT_TENANT_ID)"] });
    expect(aanmeldInstelling(leesOmgeving({ BOT_ID: BOT.BOT_ID, BOT_TYPE: "UserAssignedMSI", BOT_TENANT_ID: "t", OPSLAG_ONVERSLEUTELD: "ja" }))).toEqual({
      soort: "niet-ingericht",
      ontbreekt: ["AANMELDEN_CLIENT_SECRET (of BOT_PASSWORD)"],
    });
  });

  it("refuses to start, in Dutch, when sign-in is half set up or the issuer is plain http off this machine", () => {
    expect(fout({ AANMELDEN_ISSUER: "https://login.microsoftonline.com/t/v2.0" })).toContain(
      "AANMELDEN_ISSUER: aanmelden voor de download is half ingesteld; ontbreekt: AANMELDEN_CLIENT_ID (of BOT_ID), AANMELDEN_CLIENT_SECRET (of BOT_PASSWORD).",
    );
    expect(fout({ ...BOT, AANMELDEN_ISSUER: "http://idp.example.org/v2.0" })).toContain("AANMELDEN_ISSUER: moet https gebruiken (http alleen op localhost, voor tests).");
    expect(fout({ ...BOT, BOT_TENANT_ID: "t", AANMELDEN_CLIENT_SECRET: "kort" })).toContain("AANMELDEN_CLIENT_SECRET: moet minstens 16 tekens zijn");
  });
});
