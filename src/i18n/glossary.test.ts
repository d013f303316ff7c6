import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import glossary from './glossary.json';

/**
 * One term per concept: every Japanese locale string and every `ja` text of the shipped packs is
 * checked against the glossary's variants to avoid, and for Latin punctuation inside Japanese.
 */

type Term = { concept: string; en: string; ja: string; avoid: string[]; scope?: 'all' | 'pack-reasons' };
type Text = { where: string; text: string; packReason: boolean };

const ROOT = join(import.meta.dirname, '..', '..');
const LOCALES = join(ROOT, 'src', 'i18n', 'locales', 'ja');
const PACKS = join(ROOT, 'rules');

function strings(value: unknown, where: string, out: Text[], packReason: boolean, onlyJa: boolean): void {
  if (typeof value === 'string') {
    if (!onlyJa) out.push({ where, text: value, packReason });
  } else if (Array.isArray(value)) value.forEach((item, i) => strings(item, `${where}[${i}]`, out, packReason, onlyJa));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (onlyJa && key === 'ja' && typeof item === 'string') out.push({ where: `${where}.ja`, text: item, packReason });
      else strings(item, `${where}.${key}`, out, packReason, onlyJa);
    }
  }
}

/** Every ja locale string, and every ja text of each pack in rules/ and rules/examples/ (a reason, guard, risk or action is a pack reason). */
function japaneseTexts(): Text[] {
  const out: Text[] = [];
  for (const file of readdirSync(LOCALES).filter((f) => f.endsWith('.json'))) {
    strings(JSON.parse(readFileSync(join(LOCALES, file), 'utf8')), `locales/ja/${file}`, out, false, false);
  }
  const examples = readdirSync(join(PACKS, 'examples')).map((f) => `examples/${f}`);
  for (const file of [...readdirSync(PACKS), ...examples].filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))) {
    const pack = JSON.parse(readFileSync(join(PACKS, file), 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(pack)) {
      strings(value, `rules/${file} ${key}`, out, key === 'rules' || key === 'guards' || key === 'options', true);
    }
  }
  return out;
}

function matcher(variant: string): (text: string) => boolean {
  const regex = /^\/(.*)\/$/.exec(variant);
  if (regex?.[1]) {
    const pattern = new RegExp(regex[1], 'u');
    return (text) => pattern.test(text);
  }
  return (text) => text.includes(variant);
}

const texts = japaneseTexts();
const terms = glossary.terms as Term[];

describe('the Japanese glossary', () => {
  it('reads the locale files and the packs', () => {
    expect(texts.filter((t) => t.where.startsWith('locales/')).length).toBeGreaterThan(500);
    expect(texts.filter((t) => t.where.startsWith('rules/')).length).toBeGreaterThan(300);
  });

  it.each(terms.map((term) => [term.concept, term] as const))('uses one term for %s', (_concept, term) => {
    const offending = term.avoid.flatMap((variant) => {
      const matches = matcher(variant);
      return texts
        .filter((t) => (term.scope === 'pack-reasons' ? t.packReason : true) && matches(t.text))
        .map((t) => `${t.where}: uses 「${variant}」 (write 「${term.ja}」): ${t.text}`);
    });
    expect(offending).toEqual([]);
  });

  it('catches a listed variant (the check itself can fail)', () => {
    const term = terms.find((t) => t.ja === '非推奨');
    expect(term?.avoid.some((variant) => matcher(variant)('すべての選択肢が推奨不可'))).toBe(true);
    expect(matcher('/^戦略$/')('戦略')).toBe(true);
    expect(matcher('/^戦略$/')('AIオープン化戦略')).toBe(false);
  });
});

/** Latin punctuation where Japanese has its own: a colon or middle dot between words, an en dash in a range, a full stop before 、. */
const LATIN_PUNCTUATION: readonly [RegExp, string][] = [
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}）」]: /u, '「: 」 (write 「：」)'],
  [/ · |·/u, '「·」 (write 「・」 or 「　」)'],
  [/\d–\d|\d – \d/u, '「–」 in a range (write 「〜」)'],
  [/\.、/u, '「.、」'],
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}] \(\{?\w+\}?\)/u, '「 (…)」 (write 「（…）」)'],
  [/\}: |[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}）]:$/u, '「: 」 after a placeholder or at the end (write 「：」)'],
  [/ [—–] /u, '「 — 」 between words (write 「：」 or 「（…）」)'],
  [/\[\{|\}\]|\}; \{/u, '「[…; …]」 (write 「（…、…）」)'],
];

describe('Japanese punctuation', () => {
  it('uses no Latin colon, middle dot, en dash or parentheses in Japanese texts', () => {
    const offending = texts.flatMap((t) =>
      LATIN_PUNCTUATION.filter(([pattern]) => pattern.test(t.text)).map(([, what]) => `${t.where}: ${what}: ${t.text}`),
    );
    expect(offending).toEqual([]);
  });
});
