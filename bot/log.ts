/** A line for the operator's log. Never pupil data. */
export type Logger = (niveau: "info" | "warn" | "error", bericht: string, velden?: Record<string, unknown>) => void;

/** The default logger: one JSON line per event on stdout or stderr. */
export const consoleLogger: Logger = (niveau, bericht, velden = {}) => {
  // The fixed fields last, so a field of the event can never hide them.
  const regel = JSON.stringify({ ...velden, tijd: new Date().toISOString(), niveau, bericht });
  if (niveau === "error") console.error(regel);
  else console.log(regel);
};
