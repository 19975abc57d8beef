import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A round-robin HTTP proxy in front of several bot instances, as a load balancer would be. */
export interface Proxy {
  poort: number;
  /** How many requests went to each instance. */
  verdeling: number[];
  stop: () => Promise<void>;
}

export async function startProxy(poorten: readonly number[]): Promise<Proxy> {
  const verdeling = poorten.map(() => 0);
  let volgende = 0;
  const server: Server = createServer((req, res) => {
    const i = volgende++ % poorten.length;
    verdeling[i]!++;
    const doel = request({ host: "127.0.0.1", port: poorten[i], path: req.url, method: req.method, headers: req.headers }, (antwoord) => {
      res.writeHead(antwoord.statusCode ?? 502, antwoord.headers);
      antwoord.pipe(res);
    });
    doel.on("error", () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(doel);
  });
  await new Promise<void>((klaar) => server.listen(0, "127.0.0.1", klaar));
  return { poort: (server.address() as AddressInfo).port, verdeling, stop: () => new Promise<void>((klaar) => server.close(() => klaar())) };
}
