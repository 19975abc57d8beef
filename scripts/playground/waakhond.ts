import { execFileSync } from "node:child_process";

/**
 * The processes that started this one for the same command line: the parents in our own
 * process group (under `npm start`: tsx, sh and npm). Empty on Windows or without `ps`.
 */
export function voorouders(): number[] {
  if (process.platform === "win32") return [];
  let tabel: string;
  try {
    tabel = execFileSync("ps", ["-A", "-o", "pid=,ppid=,pgid="], { encoding: "utf8" });
  } catch {
    return [];
  }
  const rijen = new Map(
    tabel
      .trim()
      .split("\n")
      .map((regel) => regel.trim().split(/\s+/).map(Number))
      .map(([pid, ppid, pgid]) => [pid, { ppid, pgid }] as const),
  );
  const groep = rijen.get(process.pid)?.pgid;
  const uit: number[] = [];
  for (let pid = process.ppid; pid > 1 && rijen.get(pid)?.pgid === groep; pid = rijen.get(pid)?.ppid ?? 0) uit.push(pid);
  return uit;
}

function bestaat(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Call `weg` once one of `pids` is gone. A SIGTERM to npm ends npm and its shell but not
 * what runs below them; this notices that, so the children are not left behind.
 */
export function bewaak(pids: readonly number[], weg: () => void, elkeMs = 1000): void {
  if (pids.length === 0) return;
  const timer = setInterval(() => {
    if (pids.every(bestaat)) return;
    clearInterval(timer);
    weg();
  }, elkeMs);
  timer.unref();
}
