/**
 * zod probes for `new Function` when its first object schema is built, and a strict CSP reports
 * that probe as a violation even though zod catches it. Its global config is read from
 * `globalThis.__zod_globalConfig`, so the page's classic script (first-screen.ts, which runs before
 * every module script) turns the probe off before any chunk that builds a schema is evaluated,
 * whatever order chunks load in.
 */
const page = globalThis as { __zod_globalConfig?: object };
page.__zod_globalConfig = { ...page.__zod_globalConfig, jitless: true };
