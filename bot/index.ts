import { leesOmgeving } from "../src/config/omgeving.js";
import { startBot, startfoutTekst } from "./start.js";

try {
  const bot = await startBot(leesOmgeving(process.env));
  console.log(`maatwerkbot luistert op http://localhost:${bot.poort}/api/messages`);
  const stop = async () => {
    await bot.stop();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  const tekst = startfoutTekst(error);
  console.error(tekst === undefined ? error : `De bot start niet. ${tekst}`);
  process.exit(1);
}
