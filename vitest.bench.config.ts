import { defineConfig } from "vitest/config";

/** `npm run bench` (the benchmark) and `npm run bench:profiel` (a CPU profile under load): in order, never part of `npm test`. */
export default defineConfig({
  test: {
    include: ["scripts/bench/*.run.ts"],
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 900_000,
    hookTimeout: 120_000,
    globalSetup: ["test/support/postgres.global.ts"],
  },
});
