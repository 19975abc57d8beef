import { leesOmgeving } from "../src/config/omgeving.js";
import { isStartfout, startBot } from "./start.js";

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
  console.error(isStartfout(error) ? `De bot start niet. ${error.message}` : error);
  process.exit(1);
}
