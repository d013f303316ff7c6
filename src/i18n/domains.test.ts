import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import cli from './locales/en/cli.json';
import packProblems from './locales/en/pack-problems.json';
import report from './locales/en/report.json';
import results from './locales/en/results.json';
import target from './locales/en/target.json';
import workshop from './locales/en/workshop.json';

/**
 * The lazily registered domains (messages.ts): a module that uses one of their keys must import
 * `src/i18n/domains/<name>` itself, or its texts could be missing when it is the first to load.
 * Read from the sources, so a module that forgets the import fails here whatever the tests render.
 */

const LAZY = { cli, packProblems, report, results, target, workshop } as const;
const MODULE: Record<keyof typeof LAZY, string> = {
  cli: 'cli',
  packProblems: 'pack-problems',
  report: 'report',
  results: 'results',
  target: 'target',
  workshop: 'workshop',
};

const SRC = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every key and every key prefix ("results.changes.") of a domain, as written in code. */
function keysOf(tree: unknown, prefix: string, into = new Set<string>()): Set<string> {
  if (typeof tree !== 'object' || tree === null) {
    into.add(prefix);
    return into;
  }
  into.add(`${prefix}.`);
  for (const [key, value] of Object.entries(tree)) keysOf(value, `${prefix}.${key}`, into);
  return into;
}

const KEYS = new Map(Object.entries(LAZY).map(([domain, tree]) => [domain, keysOf(tree, domain)]));

/** The lazy domains whose keys a source text names: a quoted key, or the start of a template key. */
export function domainsUsed(text: string): Set<string> {
  const used = new Set<string>();
  // Event names of the machines look like keys ('workshop.open'): skip strings after `type:` on a line and `'…':` object keys.
  for (const [, quoted] of text.matchAll(/(?<!type:[^\n]*)['"`]([a-zA-Z]+\.[\w.]*?)(?:['"](?!\s*:)|`|\$\{)/g)) {
    const domain = quoted?.split('.')[0] ?? '';
    if (KEYS.get(domain)?.has(quoted ?? '')) used.add(domain);
  }
  return used;
}

function registers(text: string, domain: keyof typeof LAZY): boolean {
  return new RegExp(`import\\s+['"](?:@/i18n/|(?:\\.\\.?/)+(?:i18n/)?)domains/${MODULE[domain]}['"]`).test(text) || new RegExp(`registerMessages\\('${domain}'`).test(text);
}

describe('lazy message domains', () => {
  it('finds the keys of a domain in code, quoted or as the start of a template', () => {
    expect([...domainsUsed("t('results.ranking.heading')")]).toEqual(['results']);
    expect([...domainsUsed("send({ type: 'workshop.open' }); on: { 'results.review': {} }")]).toEqual([]);
    expect([...domainsUsed('t(`cli.json.${code}`)')]).toEqual(['cli']);
    expect([...domainsUsed("const file = 'report.pdf'; t('common.notSure')")]).toEqual([]);
  });

  it('is registered by every module that uses its keys', () => {
    const missing: string[] = [];
    for (const file of sources(SRC)) {
      // The domain modules register themselves; the pure layers take a translator from their caller.
      if (['i18n', 'engine', 'rules'].some((layer) => file.startsWith(join(SRC, layer)))) continue;
      const text = readFileSync(file, 'utf8');
      for (const domain of domainsUsed(text)) {
        if (!registers(text, domain as keyof typeof LAZY)) missing.push(`${relative(SRC, file)} uses ${domain} texts without importing i18n/domains/${MODULE[domain as keyof typeof LAZY]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
