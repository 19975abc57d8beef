import { parseSetCookie } from "cookie";

/** One hop the browser made: the URL, and the status it got. */
export interface Hop {
  url: string;
  status: number;
}

/** A browser for tests: one cookie jar per origin, following redirects itself, so each hop can be seen and stopped at. */
export interface Browser {
  /** Open a URL and follow redirects until a page answers, or until a URL starting with `stopVoor` (returned unopened). */
  open: (url: string, opties?: { stopVoor?: string }) => Promise<{ antwoord?: Response; url: string; hops: Hop[] }>;
  /** Post a form, as pressing its button would, and follow redirects from there. */
  post: (url: string, velden: Record<string, string>, opties?: { stopVoor?: string }) => Promise<{ antwoord?: Response; url: string; hops: Hop[] }>;
  /** The jar, per origin (name → value), to copy or tamper with. */
  cookies: Map<string, Map<string, string>>;
}

/** A fresh browser with an empty jar. */
export function browser(): Browser {
  const cookies = new Map<string, Map<string, string>>();
  const jar = (url: string) => {
    const origin = new URL(url).origin;
    if (!cookies.has(origin)) cookies.set(origin, new Map());
    return cookies.get(origin)!;
  };
  const bewaar = (url: string, antwoord: Response) => {
    for (const regel of antwoord.headers.getSetCookie()) {
      const c = parseSetCookie(regel);
      const weg = c.maxAge === 0 || (c.expires !== undefined && c.expires.getTime() <= Date.now());
      if (weg || !c.value) jar(url).delete(c.name);
      else jar(url).set(c.name, c.value);
    }
  };
  const haal = async (url: string, init: RequestInit, stopVoor: string | undefined) => {
    const hops: Hop[] = [];
    let huidig = url;
    let verzoek = init;
    for (let i = 0; i < 20; i++) {
      if (stopVoor && i > 0 && huidig.startsWith(stopVoor)) return { url: huidig, hops };
      const cookie = [...jar(huidig)].map(([n, w]) => `${n}=${w}`).join("; ");
      const antwoord = await fetch(huidig, { ...verzoek, redirect: "manual", headers: { ...(verzoek.headers as Record<string, string>), ...(cookie ? { cookie } : {}) } });
      bewaar(huidig, antwoord);
      hops.push({ url: huidig, status: antwoord.status });
      const naar = antwoord.headers.get("location");
      if (antwoord.status < 300 || antwoord.status >= 400 || !naar) return { antwoord, url: huidig, hops };
      await antwoord.arrayBuffer();
      huidig = new URL(naar, huidig).href;
      verzoek = {};
    }
    throw new Error(`Te veel doorverwijzingen vanaf ${url}`);
  };
  return {
    cookies,
    open: (url, opties = {}) => haal(url, {}, opties.stopVoor),
    post: (url, velden, opties = {}) => haal(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(velden).toString() }, opties.stopVoor),
  };
}

/** Open a download link and, when the identity provider asks, sign in at the identity provider as `oid`; stops before `stopVoor` when given. */
export async function openAlsIngelogd(b: Browser, link: string, oid: string, opties: { stopVoor?: string } = {}) {
  const naarLogin = await b.open(link);
  if (naarLogin.antwoord?.status !== 200 || !/\/interaction\/[^/]+$/.test(naarLogin.url)) return naarLogin;
  await naarLogin.antwoord.arrayBuffer();
  const na = await b.post(`${naarLogin.url}/login`, { login: oid }, opties);
  return { ...na, hops: [...naarLogin.hops, ...na.hops] };
}
