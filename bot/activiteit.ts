import { z } from "zod/v4";

/**
 * The least an incoming Bot Framework activity must be before the adapter sees it: a
 * type, and where present a conversation, sender and text of the right kind. Anything
 * else is refused at the door with a Dutch message (400), before it can reach the bot.
 */
export const Binnenkomend = z.looseObject({
  type: z.string().min(1).max(100),
  channelId: z.string().max(100).optional(),
  serviceUrl: z.string().max(2000).optional(),
  conversation: z.looseObject({ id: z.string().min(1).max(1000) }).optional(),
  from: z.looseObject({ id: z.string().max(1000), aadObjectId: z.string().max(100).optional() }).optional(),
  recipient: z.looseObject({ id: z.string().max(1000) }).optional(),
  text: z.string().optional(),
  name: z.string().max(200).optional(),
});

/** The answer to a request that is no activity. */
export const GEEN_ACTIVITEIT = "Ongeldig verzoek: dit is geen geldige Bot Framework-activiteit.";
