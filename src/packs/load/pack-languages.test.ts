import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePackJson } from '@/rules/pack/load-pack';
import { RULE_KEYS } from '@/lib/pack/pack-rules';
import { completePackLanguage, otherLanguage, splitPackLanguage, splitPackParts } from './pack-languages';

const loaded = parsePackJson(readFileSync('rules/ai-openness.json', 'utf8'), { file: 'rules/ai-openness.json' });
if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
const pack = loaded.pack;

describe('the bundled pack in one language, then the other', () => {
  it.each(['en', 'ja'] as const)('the %s part holds that language only, and its completion gives the pack back', (lang) => {
    const { part, otherTexts } = splitPackLanguage(pack, lang);
    const partPack = part as typeof pack;
    expect(partPack.title).toEqual({ [lang]: pack.title[lang] });
    expect(partPack.sections[0]?.questions[0]?.text).toEqual({ [lang]: pack.sections[0]?.questions[0]?.text[lang] });
    expect(JSON.stringify(part)).not.toContain(JSON.stringify(pack.title[otherLanguage(lang)]));
    expect(otherTexts).toContain(pack.title[otherLanguage(lang)]);

    completePackLanguage(part, otherLanguage(lang), otherTexts);
    expect(JSON.stringify(part)).toBe(JSON.stringify(pack));
  });

  it('leaves the pack it splits as it was', () => {
    const before = JSON.stringify(pack);
    splitPackLanguage(pack, 'en');
    expect(JSON.stringify(pack)).toBe(before);
  });

  it('refuses texts that do not match the part', () => {
    const { part, otherTexts } = splitPackLanguage(pack, 'en');
    expect(() => completePackLanguage(part, 'ja', otherTexts.slice(1))).toThrow(/texts/);
  });
});

describe('the bundled pack in questions and rules', () => {
  it.each(['en', 'ja'] as const)('a %s page gets the questions and the rules with its texts, and the other texts complete both in that order', (lang) => {
    const { questions, rules, otherTexts } = splitPackParts(pack, lang);
    expect(Object.keys(questions as object)).toEqual(Object.keys(pack).filter((key) => !(RULE_KEYS as readonly string[]).includes(key)));
    expect(Object.keys(rules as object)).toEqual(RULE_KEYS.filter((key) => Object.hasOwn(pack, key)));
    expect(JSON.stringify(rules)).not.toContain(JSON.stringify(pack.options[0]?.name[otherLanguage(lang)]));

    completePackLanguage([questions, rules], otherLanguage(lang), otherTexts);
    expect({ ...(questions as object), ...(rules as object) }).toEqual(pack);
  });
});
