import { z } from "zod/v4";
import { DomainError } from "../domain/errors.js";
import { aanmeldInstelling } from "./aanmelden.js";
import { taalmodelInstelling } from "./taalmodel.js";
import { nederlands } from "./nederlands.js";

const leegIsWeg = (v: unknown) => (v === "" ? undefined : v);
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The environment the bot runs with, parsed once at start. */
export const Omgeving = z
  .object({
    /** Tests only: the bot's clock can be moved forward over HTTP (POST /_test/klok). Refused together with credentials. */
    TEST_KLOK: z.preprocess(leegIsWeg, z.enum(["aan"]).optional()),
    /** production: the bot refuses to start without its Bot Framework credentials. */
    NODE_ENV: z.preprocess(leegIsWeg, z.string().optional()),
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    /** Where users reach the bot from their browser (download links), e.g. https://maatwerkbot.swv.nl; default http://localhost:PORT. */
    PUBLIEKE_URL: z.preprocess(leegIsWeg, z.url({ protocol: /^https?$/ }).transform((u) => u.replace(/\/+$/, "")).optional()),
    /** Where the bot keeps its data: the embedded file store (one instance), or PostgreSQL (several instances). */
    STORE: z.preprocess(leegIsWeg, z.enum(["lowdb", "postgres"]).default("lowdb")),
    DATA_DIR: z.string().min(1).default("./data"),
    /** 32 bytes, base64 or hex: the embedded store's file is then encrypted at rest (AES-256-GCM). */
    OPSLAG_SLEUTEL: z.preprocess(
      leegIsWeg,
      z
        .string()
        .transform((s) => (/^[0-9a-f]{64}$/i.test(s) ? Buffer.from(s, "hex") : Buffer.from(s, "base64")))
        .refine((b) => b.length === 32, "moet 32 bytes zijn, als base64 (44 tekens) of hex (64 tekens); maak er een met: openssl rand -base64 32")
        .optional(),
    ),
    /** Production without OPSLAG_SLEUTEL: `ja` says the disk is encrypted otherwise (logged at start). */
    OPSLAG_ONVERSLEUTELD: z.preprocess(leegIsWeg, z.enum(["ja"]).optional()),
    /** With OPSLAG_SLEUTEL: `ja` confirms that a plain data file is the operator's own and may be encrypted now. */
    OPSLAG_VERSLEUTELEN: z.preprocess(leegIsWeg, z.enum(["ja"]).optional()),
    /** The operator's confirmation to start from the previous generation (`.vorige`) when the data file is unreadable. */
    OPSLAG_HERSTEL: z.preprocess(leegIsWeg, z.enum(["vorige"]).optional()),
    DATABASE_URL: z.preprocess(leegIsWeg, z.string().regex(/^postgres(ql)?:\/\//, "moet beginnen met postgres:// of postgresql://").optional()),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    /** How long a claimed message belongs to the instance that claimed it; after that another one takes it over. */
    CLAIM_LEASE_MS: z.coerce.number().int().min(1000).default(900_000),
    SWV_CONFIG: z.string().min(1).default("config/swv/demo.json"),
    PROFIELEN_DIR: z.string().min(1).default("config/regelingen"),
    BOT_ID: z.preprocess(leegIsWeg, z.string().min(1).optional()),
    BOT_PASSWORD: z.preprocess(leegIsWeg, z.string().min(1).optional()),
    BOT_TENANT_ID: z.preprocess(leegIsWeg, z.string().min(1).optional()),
    BOT_TYPE: z.preprocess(leegIsWeg, z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"]).default("MultiTenant")),
    /** How long the bot waits for the Bot Framework's OpenID metadata and keys before it answers 503. */
    BOT_OPENID_TIJDSLIMIET_MS: z.coerce.number().int().min(100).default(10_000),
    /** Tests and sovereign clouds only: another OpenID metadata document for incoming tokens. */
    BOT_OPENID_METADATA_URL: z.preprocess(leegIsWeg, z.url({ protocol: /^https?$/ }).optional()),
    /** Without BOT_ID the bot listens on 127.0.0.1 only; `ja` opens it to the network (anyone can then act as anyone). */
    ANONIEM_OPEN: z.preprocess(leegIsWeg, z.enum(["ja"]).optional()),
    /** Sign-in for the report's download link (OpenID Connect): the identity provider; default Entra ID of BOT_TENANT_ID. */
    AANMELDEN_ISSUER: z.preprocess(
      leegIsWeg,
      z
        .url({ protocol: /^https?$/ })
        .refine((u) => u.startsWith("https://") || LOOPBACK.has(new URL(u).hostname), "moet https gebruiken (http alleen op localhost, voor tests).")
        .optional(),
    ),
    /** The app registration that signs staff in; default BOT_ID. */
    AANMELDEN_CLIENT_ID: z.preprocess(leegIsWeg, z.string().min(1).optional()),
    /** Its client secret; default BOT_PASSWORD. */
    AANMELDEN_CLIENT_SECRET: z.preprocess(leegIsWeg, z.string().min(16, "moet minstens 16 tekens zijn (een client secret uit Entra ID).").optional()),
    /** Free-form questions through a language model (optional): OpenAI with a key and a model ... */
    OPENAI_API_KEY: z.preprocess(leegIsWeg, z.string().min(1).optional()),
    OPENAI_MODEL: z.preprocess(leegIsWeg, z.string().min(1).optional()),
    /** ... or Azure OpenAI with a key, the resource's endpoint and a deployment. */
    AZURE_OPENAI_API_KEY: z.preprocess(leegIsWeg, z.string().min(1).optional()),
    AZURE_OPENAI_ENDPOINT: z.preprocess(leegIsWeg, z.url({ protocol: /^https$/ }).optional()),
    AZURE_OPENAI_DEPLOYMENT: z.preprocess(leegIsWeg, z.string().min(1).optional()),
    /** How long a free-form question may wait for the language model before the bot shows its examples. */
    VRAAG_TIJDSLIMIET_MS: z.coerce.number().int().min(10).default(15_000),
    STORE_LOCK_WAIT_MS: z.coerce.number().int().nonnegative().default(12_000),
    PLANNER_INTERVAL_MS: z.coerce.number().int().min(1000).default(60_000),
    /** Proactive messages a second into the tenant; Teams allows about 30 per app, we stay well under. */
    VERZEND_PER_SECONDE: z.coerce.number().int().min(1).max(25).default(15),
    /** How long a proactive send waits for Teams before it counts as failed (a late success is still recorded). */
    VERZEND_TIJDSLIMIET_MS: z.coerce.number().int().min(100).default(30_000),
  })
  .superRefine((o, ctx) => {
    if (o.TEST_KLOK !== undefined && (o.BOT_ID !== undefined || o.BOT_PASSWORD !== undefined || o.NODE_ENV === "production"))
      ctx.addIssue({ code: "custom", path: ["TEST_KLOK"], message: "mag niet aan staan met inloggegevens of in productie: een verzetbare klok hoort alleen bij tests." });
    const aanmelden = aanmeldInstelling(o);
    if (aanmelden.soort === "niet-ingericht" && (o.AANMELDEN_ISSUER ?? o.AANMELDEN_CLIENT_ID ?? o.AANMELDEN_CLIENT_SECRET) !== undefined)
      ctx.addIssue({ code: "custom", path: ["AANMELDEN_ISSUER"], message: `aanmelden voor de download is half ingesteld; ontbreekt: ${aanmelden.ontbreekt.join(", ")}.` });
    const taalmodel = taalmodelInstelling(o);
    if (taalmodel.soort === "half") ctx.addIssue({ code: "custom", path: [o.OPENAI_API_KEY !== undefined || o.OPENAI_MODEL !== undefined ? "OPENAI_API_KEY" : "AZURE_OPENAI_API_KEY"], message: taalmodel.melding });
    if (o.STORE === "postgres" && o.DATABASE_URL === undefined) ctx.addIssue({ code: "custom", path: ["DATABASE_URL"], message: "is verplicht bij STORE=postgres." });
    if (o.BOT_ID !== undefined && o.STORE === "lowdb" && o.OPSLAG_SLEUTEL === undefined && o.OPSLAG_ONVERSLEUTELD !== "ja")
      ctx.addIssue({ code: "custom", path: ["OPSLAG_SLEUTEL"], message: "is verplicht met BOT_ID en de ingebouwde opslag: het bestand bevat gegevens over kinderen. Is de schijf op een andere manier versleuteld, zet dan OPSLAG_ONVERSLEUTELD=ja." });
    if (o.BOT_ID === undefined) {
      if (o.NODE_ENV === "production")
        ctx.addIssue({ code: "custom", path: ["BOT_ID"], message: "is verplicht in productie (NODE_ENV=production): zonder zou de bot iedereen toelaten." });
      return;
    }
    if (o.BOT_TYPE !== "UserAssignedMSI" && o.BOT_PASSWORD === undefined)
      ctx.addIssue({ code: "custom", path: ["BOT_PASSWORD"], message: "is verplicht zodra BOT_ID is gezet (behalve bij BOT_TYPE=UserAssignedMSI)." });
    if (o.BOT_TYPE !== "MultiTenant" && o.BOT_TENANT_ID === undefined)
      ctx.addIssue({ code: "custom", path: ["BOT_TENANT_ID"], message: `is verplicht bij BOT_TYPE=${o.BOT_TYPE}.` });
  });
export type Omgeving = z.infer<typeof Omgeving>;

/** Parse the environment; a bad variable stops the start with a message listing every one. */
export function leesOmgeving(env: Record<string, string | undefined>): Omgeving {
  const parsed = Omgeving.safeParse(env, nederlands);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`).join("\n");
  throw new DomainError("OMGEVING_ONGELDIG", { details });
}
