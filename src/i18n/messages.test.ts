import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import './domains/cli';
import './domains/pack-problems';
import './domains/report';
import './domains/results';
import './domains/target';
import './domains/workshop';
import { catalogue } from './messages';
import { pluralKey, translate } from './t';

function leaves(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof tree !== 'object' || tree === null) return out;
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'object' && v !== null) for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
    else out.set(key, v);
  }
  return out;
}

describe('messages', () => {
  const enLeaves = leaves(catalogue.en);
  const jaLeaves = leaves(catalogue.ja);

  it('checks every locale file of both languages', () => {
    const domains = (lang: string) =>
      readdirSync(join(import.meta.dirname, 'locales', lang))
        .map((file) => file.replace(/\.json$/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase()))
        .sort();
    expect(Object.keys(catalogue.en).sort()).toEqual(domains('en'));
    expect(Object.keys(catalogue.ja).sort()).toEqual(domains('ja'));
  });

  it('Japanese has exactly the English keys', () => {
    expect([...jaLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it('every text is a non-empty string in both languages', () => {
    for (const [key, value] of [...enLeaves, ...jaLeaves]) {
      expect(typeof value === 'string' && value.trim().length > 0, key).toBe(true);
    }
  });

  it('keeps the same placeholders in both languages', () => {
    for (const [key, value] of enLeaves) {
      const names = (s: unknown) => [...String(s).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(jaLeaves.get(key)), key).toEqual(names(value));
    }
  });

  it('gives every plural text ("…Other") its singular ("…One")', () => {
    const keys = new Set(enLeaves.keys());
    const plurals = [...keys].filter((k) => k.endsWith('Other'));
    expect(plurals.length).toBeGreaterThan(0);
    for (const key of plurals) expect(keys.has(`${key.slice(0, -'Other'.length)}One`), key).toBe(true);
  });

  it('picks the singular form for exactly one, the plural otherwise', () => {
    const form = (count: number) => translate('en', pluralKey(count, 'problems.tooLongOne', 'problems.tooLongOther'), { question: 'q', max: count });
    expect(form(1)).toBe('q: the answer is longer than 1 character; it was ignored.');
    expect(form(0)).toBe('q: the answer is longer than 0 characters; it was ignored.');
    expect(form(2)).toBe('q: the answer is longer than 2 characters; it was ignored.');
  });

  it('fills placeholders and falls back to the key', () => {
    expect(translate('ja', 'common.notSure')).toBe('わからない');
    expect(translate('en', 'common.language.label')).toBe('Language');
  });
});
