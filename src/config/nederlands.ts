import { z } from "zod/v4";

/** zod's own messages in Dutch, for parsing what an operator wrote (config files, environment, data files). */
export const nederlands = { error: z.locales.nl().localeError };
