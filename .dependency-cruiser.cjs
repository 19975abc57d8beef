/* global module */
/**
 * The import rules of the project, checked by dependency-cruiser (`npm run lint`, and
 * test/architectuur.unit.test.ts under `npm test`). Type-only imports count too.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: "geen-kringen",
      comment: "No import cycle anywhere: a circle hides which file is the lower layer.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "src-niet-naar-boven",
      comment: "src/ is the core: it never imports the bot, the card templates or the scripts.",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^(bot|cards|scripts)/" },
    },
    {
      name: "domein-zuiver",
      comment: "src/domain imports only itself, zod and luxon.",
      severity: "error",
      from: { path: "^src/domain/" },
      to: { pathNot: ["^src/domain/", "^node_modules/(zod|luxon|@types/luxon)/"] },
    },
    {
      name: "bot-niet-naar-opslag",
      comment: "bot/ goes through the services; only the composition root opens the store.",
      severity: "error",
      from: { path: "^bot/", pathNot: ["^bot/start\\.ts$"] },
      to: { path: "^src/storage/" },
    },
    {
      name: "kaarten-niet-naar-bot",
      comment: "The card templates (cards/) are below the bot: they never import bot/.",
      severity: "error",
      from: { path: "^cards/" },
      to: { path: "^bot/" },
    },
    {
      name: "kaarten-alleen-weergave",
      comment: "bot/kaarten/ renders cards from plain data and the configuration: it imports no handler, action, command, notifier or BotDeps.",
      severity: "error",
      from: { path: "^bot/kaarten/" },
      to: { path: "^bot/", pathNot: ["^bot/kaarten/", "^bot/verbs\\.ts$"] },
    },
    {
      name: "bot-niet-zijwaarts",
      comment: "Actions, commands and handlers do not import each other sideways: shared cards live in bot/kaarten/.",
      severity: "error",
      from: { path: "^bot/(actions|commands)/" },
      to: { path: "^bot/(actions|commands|handlers|vrijeVraag)/|^bot/commandos\\.ts$", pathNot: ["^bot/$1/"] },
    },
    {
      name: "verzending-onder-de-beurt",
      comment: "bot/verzending/ (the notifier, pacing) sits below the turn handlers: it never imports them.",
      severity: "error",
      from: { path: "^bot/verzending/" },
      to: { path: "^bot/(actions|commands|handlers|vrijeVraag|rapportage)/|^bot/(app|commandos|deps|start|samenstelling)\\.ts$" },
    },
    {
      name: "niets-naar-de-wortel",
      comment: "Nothing in bot/ imports the entry file or the composition root (tests may).",
      severity: "error",
      from: { path: "^bot/", pathNot: ["^bot/(index|start)\\.ts$"] },
      to: { path: "^bot/(index|start|samenstelling)\\.ts$" },
    },
    {
      name: "zwaar-pas-bij-gebruik",
      comment: "exceljs, pdfkit and the PostgreSQL store (pg) load at first use, with import(): a bot on the embedded store that makes no workbook or letter never carries them (exceljs ~8 MB, pg ~4 MB, pdfkit with fontkit ~25 MB RSS).",
      severity: "error",
      from: { path: "^(bot|src)/", pathNot: ["^src/storage/postgres/"] },
      to: { path: ["^node_modules/(exceljs|pdfkit|pg)/", "^src/storage/postgres/"], dependencyTypesNot: ["dynamic-import", "type-only"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(dist|data|coverage|test-artifacts)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"], extensions: [".ts", ".js", ".json"] },
    moduleSystems: ["es6", "cjs"],
  },
};
