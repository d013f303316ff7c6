import { readFileSync } from 'node:fs';
import * as lzString from 'lz-string';

/**
 * The inputs that found the superlinear and unbounded paths (quadratic multi answers, spread
 * overflow, decompression bombs, "did you mean" over long ids), built at any size. Shared by the
 * hostile-input tests and `npm run bench`.
 */

const lz = (lzString as unknown as { default?: typeof lzString }).default ?? lzString;

/** The startup answers file with "risk.markets" holding `invalid` × "mars" then `duplicates` × "us". */
export function multiAnswersFile(invalid: number, duplicates: number): Record<string, unknown> {
  const file = JSON.parse(readFileSync('test/fixtures/answers/startup-en.json', 'utf8')) as { answers: Record<string, unknown> };
  const values: string[] = ['us'];
  for (let i = 0; i < invalid; i += 1) values.push('mars');
  for (let i = 0; i < duplicates; i += 1) values.push('us');
  file.answers['risk.markets'] = values;
  return file;
}

/** The startup answers file with `count` distinct values that are not choices (one problem each). */
export function manyProblemsFile(count: number): Record<string, unknown> {
  const file = JSON.parse(readFileSync('test/fixtures/answers/startup-en.json', 'utf8')) as { answers: Record<string, unknown> };
  file.answers['risk.markets'] = ['us', ...Array.from({ length: count }, (_, i) => `m${i}`)];
  return file;
}

const longId = (prefix: string, i: number) => `${prefix}-${String(i).padStart(6, '0')}-${'x'.repeat(70)}`.slice(0, 80);

/** valid-tiny with `sources` sources of 80-character ids and `rules` rules citing an unknown 80-character source. */
export function unknownReferencesPack(sources: number, rules: number): Record<string, unknown> {
  const pack = JSON.parse(readFileSync('test/fixtures/packs/valid-tiny.json', 'utf8')) as { sources: { id: string }[]; rules: { id: string; source: string }[] };
  const [source] = pack.sources;
  const [rule] = pack.rules;
  if (!source || !rule) throw new Error('valid-tiny lost its source or rule');
  pack.sources = Array.from({ length: sources }, (_, i) => ({ ...source, id: longId('known', i) }));
  pack.rules = Array.from({ length: rules }, (_, i) => ({ ...rule, id: `rule-${i}`, source: longId('known', i).replace('known', 'unkwn') }));
  return pack;
}

/**
 * A pack that passes every check, as large as the loader's limits allow: valid-tiny with 500
 * sources (long citations) and 2,000 rules, each with a reason of `reason` characters in English
 * (a third of that in Japanese) citing a source of its own.
 */
export function largeValidPack(reason: number): Record<string, unknown> {
  const pack = JSON.parse(readFileSync('test/fixtures/packs/valid-tiny.json', 'utf8')) as { sources: { id: string }[]; rules: { id: string; source: string }[] };
  const [source] = pack.sources;
  const [rule] = pack.rules;
  if (!source || !rule) throw new Error('valid-tiny lost its source or rule');
  const sources = Array.from({ length: 499 }, (_, i) => ({ ...source, id: longId('known', i), citation: `Source ${i}: ${'a long citation '.repeat(60)}`.slice(0, 900) }));
  const rules = Array.from({ length: 1_999 }, (_, i) => ({
    ...rule,
    id: `rule-${i}`,
    source: longId('known', i % 499),
    because: { en: `Reason ${i}: ${'because of this and that '.repeat(50)}`.slice(0, reason), ja: `理由${i}：${'これとあれのため。'.repeat(60)}`.slice(0, Math.floor(reason / 3)) },
  }));
  pack.sources = [source, ...sources];
  pack.rules = [rule, ...rules];
  return pack;
}

/**
 * A share-link payload that unfolds to at least `chars` characters: after one "a", each code names
 * the entry about to be made (previous entry + its first character), so n codes give about n²/2
 * characters. Written bit by bit in lz-string's URI-safe format.
 */
export function bombPayload(chars: number): string {
  const bits: number[] = [];
  const write = (value: number, count: number) => {
    for (let i = 0; i < count; i += 1) bits.push((value >> i) & 1);
  };
  write(0, 2);
  write(97, 8);
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  let total = 1;
  for (let entry = 2; total < chars; entry += 1) {
    write(dictSize, numBits);
    total += entry;
    dictSize += 1;
    enlargeIn -= 1;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
  }
  write(2, numBits);
  while (bits.length % 6 !== 0) bits.push(0);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let value = 0;
    for (let j = 0; j < 6; j += 1) value += (bits[i + j] ?? 0) * (32 >> j);
    out += alphabet.charAt(value);
  }
  return out;
}

/** A valid share-link payload of an answers file. */
export function linkPayload(file: unknown): string {
  return lz.compressToEncodedURIComponent(JSON.stringify(file));
}

/**
 * A workshop file of the shipped pack with `participants` participants (the import keeps at most
 * 200), each the startup answers file with a multi answer of `invalid` wrong and as many repeated
 * values (so each participant's answers are checked and reported).
 */
export function bigWorkshopFile(participants: number, invalid: number): Record<string, unknown> {
  const answers = multiAnswersFile(invalid, invalid);
  const rules = answers.rules;
  return {
    format: 'aperture-workshop/2',
    title: 'Hostile workshop',
    date: '2026-12-01',
    rules,
    participants: Array.from({ length: participants }, (_, i) => ({ id: `p${i + 1}`, label: `Participant ${i + 1}`, answers })),
    agreed: { answers: {} },
  };
}
