import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect } from 'vitest';
import { arbPack } from '@test/support/arbitraries';
import { packLines } from '@test/support/pack-lines';
import { loadPack, parsePackJson } from './load-pack';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const BASES = ['valid-tiny.json', 'valid-mini.json'].map((name) => JSON.parse(readFileSync(join(ROOT, 'test/fixtures/packs', name), 'utf8')) as unknown);
const FILE = 'packs/custom.json';
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/** The loader's contract for any input: no throw; a pack, or problems whose English lines are one line each. */
function checkContract(input: unknown): ReturnType<typeof loadPack> {
  const result = loadPack(input, { file: FILE });
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const line of packLines(result)) {
      expect(line.startsWith(`${FILE}: `)).toBe(true);
      expect(line.length).toBeGreaterThan(FILE.length + 2);
      expect(line).not.toMatch(/[\r\n\u2028\u2029]/);
    }
  }
  return result;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function paths(value: Json, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...children.flatMap(([key, child]) => paths(child, [...prefix, key]))];
}

function parentOf(root: Json, path: Path): { parent: Json[] | Record<string, Json>; key: string | number } | undefined {
  let node: Json = root;
  for (const part of path.slice(0, -1)) node = (node as Record<string | number, Json>)[part] as Json;
  const key = path[path.length - 1];
  return key === undefined || typeof node !== 'object' || node === null ? undefined : { parent: node, key };
}

function typeOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

const clone = (value: unknown) => structuredClone(value) as Json;
const REQUIRED = new Set(['id', 'because', 'when', 'effects', 'en', 'ja', 'format', 'version', 'value', 'label', 'delta', 'option', 'criterion', 'severity', 'q']);
const REFERENCES = new Set(['q', 'option', 'criterion', 'source', 'question']);

/** A mutation of a valid pack, and whether the result must be refused. */
type Mutation = { name: string; apply: (pack: Json, all: readonly Path[], pick: number, extra: Json) => boolean };

const MUTATIONS: Mutation[] = [
  {
    name: 'delete a required field',
    apply: (pack, all, pick) => {
      const candidates = all.filter((p) => REQUIRED.has(String(p[p.length - 1])) && typeof p[p.length - 1] === 'string');
      const target = candidates[pick % candidates.length];
      const at = target && parentOf(pack, target);
      if (!at || Array.isArray(at.parent)) return false;
      delete at.parent[at.key];
      return true;
    },
  },
  {
    name: 'change a value to another type',
    apply: (pack, all, pick, extra) => {
      const candidates = all.filter((p) => p.length > 0);
      const target = candidates[pick % candidates.length];
      const at = target && parentOf(pack, target);
      if (!at) return false;
      const old = (at.parent as Record<string | number, Json>)[at.key];
      const types = new Set([typeOf(old), typeOf(extra)]);
      // Only a string and a list of strings can stand for each other (is / includes).
      if (types.size === 1 || (types.has('string') && types.has('array'))) return false;
      (at.parent as Record<string | number, Json>)[at.key] = extra;
      return true;
    },
  },
  {
    name: 'point a reference at nothing',
    apply: (pack, all, pick) => {
      const candidates = all.filter((p) => REFERENCES.has(String(p[p.length - 1])) && p.length > 1);
      const target = candidates[pick % candidates.length];
      const at = target && parentOf(pack, target);
      if (!at) return false;
      (at.parent as Record<string | number, Json>)[at.key] = 'zz-missing';
      return true;
    },
  },
  {
    name: 'give an id to a second item',
    apply: (pack, all, pick) => {
      const lists = all.filter((p) => {
        const at = parentOf(pack, [...p, 0]);
        const list = at ? (at.parent as Json[]) : undefined;
        return Array.isArray(list) && list.length > 1 && typeof (list[0] as Record<string, Json>)?.id === 'string';
      });
      const target = lists[pick % lists.length];
      if (!target) return false;
      const list = parentOf(pack, [...target, 0])?.parent as Record<string, Json>[];
      const [first, second] = list;
      if (!first || !second) return false;
      second.id = first.id as Json;
      return true;
    },
  },
  {
    name: 'rename an id',
    apply: (pack, all, pick) => {
      const candidates = all.filter((p) => p[p.length - 1] === 'id');
      const target = candidates[pick % candidates.length];
      const at = target && parentOf(pack, target);
      if (!at) return false;
      (at.parent as Record<string | number, Json>)[at.key] = `renamed-${pick}`;
      return false;
    },
  },
];

const BASE_PATHS = BASES.map((base) => paths(base as Json));

describe('loadPack on any input', { timeout: 60_000 }, () => {
  afterAll(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test.prop([fc.jsonValue()], { numRuns: 1500 })('refuses arbitrary JSON values', (value) => {
    expect(checkContract(value).ok).toBe(false);
  });

  test.prop([fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withSet: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true })], { numRuns: 1500 })(
    'refuses any JavaScript value',
    (value) => {
      expect(checkContract(value).ok).toBe(false);
    },
  );

  test.prop([fc.string({ maxLength: 200 })], { numRuns: 500 })('refuses any text as JSON', (text) => {
    const result = parsePackJson(text, { file: FILE });
    expect(result.ok).toBe(false);
    for (const line of packLines(result)) expect(line).not.toMatch(/[\r\n]/);
  });

  test.prop([fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.jsonValue(), fc.nat(4)], { numRuns: 500 })(
    'reports prototype keys anywhere and pollutes nothing',
    (key, value, where) => {
      const pack = clone(BASES[0]) as Record<string, Record<string, Record<string, Json>>[]>;
      const [options, rules, criteria] = [pack.options ?? [], pack.rules ?? [], pack.criteria ?? []];
      const targets = [pack, options[0], options[1]?.baseline, rules[0]?.when, criteria[0]?.weightFrom?.weights as Record<string, Json>];
      const target = targets[where] as Record<string, Json>;
      target['zz-marker'] = 0;
      // JSON.parse makes "__proto__" an own key, as in an uploaded file.
      const input: unknown = JSON.parse(JSON.stringify(pack).replace('"zz-marker":0', () => `${JSON.stringify(key)}:${JSON.stringify(value)}`));
      const result = checkContract(input);
      expect(result.ok).toBe(false);
      expect(packLines(result).some((line) => line.includes(key))).toBe(true);
    },
  );

  test.prop([fc.integer({ min: 1, max: 3000 }), fc.constantFrom('not', 'all', 'array')], { numRuns: 60 })('handles any nesting depth', (depth, kind) => {
    const pack = clone(BASES[0]) as Record<string, Json>;
    let condition: Json = { q: 'data.uniqueness', is: 'high' };
    for (let i = 0; i < depth; i += 1) condition = kind === 'not' ? { not: condition } : kind === 'all' ? { all: [condition] } : [condition];
    (pack.rules as Record<string, Json>[])[0]!.when = condition;
    const result = checkContract(pack);
    expect(result.ok).toBe(kind !== 'array' && depth < 32);
  });

  test.prop([fc.nat(BASES.length - 1), fc.constantFrom(...MUTATIONS), fc.nat(), fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), fc.constant({}), fc.string())], { numRuns: 2000 })(
    'refuses mutated packs with the right problems',
    (which, mutation, pick, extra) => {
      const pack = clone(BASES[which]);
      const mustFail = mutation.apply(pack, BASE_PATHS[which] ?? [], pick, extra);
      const result = checkContract(pack);
      if (mustFail) expect(result.ok, mutation.name).toBe(false);
      if (result.ok) expect(loadPack(result.pack).ok).toBe(true);
    },
  );

  test.prop([arbPack()], { numRuns: 300 })('accepts the packs the engine is tested with', (pack) => {
    const result = checkContract(pack);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
