/** The echo bot of the bench in a process of its own, like the bot it is compared with; prints "klaar <port>" once it listens. */
import { startEchoBot } from "./echo.js";

const echo = await startEchoBot();
console.log(`klaar ${echo.poort}`);
