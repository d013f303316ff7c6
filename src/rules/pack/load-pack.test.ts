import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packLines } from '@test/support/pack-lines';
import { parsePackJson } from './load-pack';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURES = 'test/fixtures/packs';

function packFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return packFiles(path);
    return entry.name.endsWith('.json') && entry.name !== 'rules.schema.json' ? [path] : [];
  });
}

function load(file: string) {
  return parsePackJson(readFileSync(join(ROOT, file), 'utf8'), { file });
}

describe('shipped packs', () => {
  const files = packFiles('rules');

  it('has at least one pack under rules/', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s loads without problems', (file) => {
    const loaded = load(file);
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
  });

  it.each(['valid-mini.json', 'valid-tiny.json', 'valid-expectations.json'])('fixture %s loads', (name) => {
    expect(load(`${FIXTURES}/${name}`).ok).toBe(true);
  });
});

/** Each broken fixture and the exact problems it must produce (the file name is the first part). */
const BAD: [string, string[]][] = [
  ['bad-json-syntax.json', ['not valid JSON at line 4, column 22: expected a property name in double quotes']],
  ['bad-not-an-object.json', ['not a rules pack: expected a JSON object with "format": "aperture-rules/1", found a list']],
  ['bad-nested-too-deeply.json', ['nested too deeply: more than 64 objects inside one another']],
  ['bad-wrong-format.json', ['format: expected "aperture-rules/1", found the text "aperture-rules/2"']],
  ['bad-missing-japanese.json', ['title.ja: the Japanese text (ja) is missing']],
  ['bad-empty-text.json', ['options[0].name.en: the English text (en) is empty']],
  ['bad-text-not-localized.json', ['rules[0].because: expected a text in English and Japanese: {"en": "…", "ja": "…"}, found the text "Unique data keeps an edge."']],
  ['bad-unknown-field.json', ['rules[0]: unknown field "note"']],
  ['bad-proto-key.json', ['options[0].baseline: unknown field "__proto__"']],
  ['bad-allow-unsure-on-multi.json', ['sections[0].questions[1]: unknown field "allowUnsure" (only choice questions can allow "not sure")']],
  ['bad-question-kind.json', ['sections[0].questions[2].kind: "single" is not one of choice, multi, text']],
  [
    'bad-expectations.json',
    [
      'decisive[0]: "data.uniquenes" is not a question of this pack (did you mean data.uniqueness?)',
      'expectations.monotone[0].question: data.kinds is a multi question; this needs a choice question',
      'expectations.monotone[0].options[0]: "opn" is not an option of this pack (did you mean open?)',
      'expectations.cases[0].answers["data.uniqueness"]: "hgh" is not a choice of data.uniqueness (none, low, high); did you mean high?',
      'expectations.cases[0].notRecommended[0]: "closd" is not an option of this pack (did you mean closed?)',
    ],
  ],
  ['bad-id-pattern.json', ['criteria[1].id: "Moat" must be lower-case letters, digits, "." or "-" (e.g. "data.uniqueness")']],
  ['bad-source-url.json', ['sources[0].url: expected a web address starting with http:// or https://, found "ftp://example.org/paper"']],
  ['bad-too-few-options.json', ['options: needs at least 2 items, found 1']],
  ['bad-weight-range.json', ['criteria[1].weight: must be at most 5, found the number 7']],
  ['bad-baseline-range.json', ['options[1].baseline.trust: must be at most 10, found the number 11']],
  ['bad-disclosure.json', ['options[0].disclosure.weights: "maybe" is not one of "release", "withhold", "later"']],
  ['bad-condition-typo.json', ['rules[0].when.all[0]: not a valid condition: use all, any, not, or a question test (is, atLeast, atMost, includes, answered) (did you mean atLeast?)']],
  ['bad-condition-two-tests.json', ['rules[0].when.all[0]: not a valid condition: it has is and atLeast; use one per condition and combine them with all or any']],
  ['bad-condition-not-object.json', ['rules[0].when.all[0]: not a valid condition: use all, any, not, or a question test (is, atLeast, atMost, includes, answered); found the text "data.uniqueness >= high"']],
  ['bad-leaf-type.json', ['rules[0].when.all[0].atLeast: expected text, found the number 3']],
  ['bad-condition-too-deep.json', [`rules[0].when${'.not'.repeat(32)}: conditions are nested more than 32 levels deep; simplify this condition`]],
  ['bad-unknown-question.json', ['rules[0].when.all[0].q: "data.uniquness" is not a question of this pack (did you mean data.uniqueness?)']],
  ['bad-not-a-choice.json', ['rules[0].when.all[0].atLeast: "hgh" is not a choice of data.uniqueness (none, low, medium, high, unique); did you mean high?']],
  ['bad-includes-on-choice.json', ['rules[0].when.all[0].includes: data.uniqueness is a choice question: includes tests a multi question (several answers); use is for a choice question']],
  ['bad-is-on-multi.json', ['rules[1].when.is: data.kinds is a multi question: is tests a choice question; use includes for a multi question']],
  ['bad-at-least-on-text.json', ['rules[1].when.atLeast: profile.notes is a text question: atLeast tests a choice question']],
  ['bad-show-if-later.json', ['sections[0].questions[1].showIf.q: goals.trust comes after data.kinds; showIf can only use earlier questions']],
  ['bad-show-if-self.json', ['sections[0].questions[1].showIf.q: a question cannot be shown depending on its own answer']],
  ['bad-duplicate-question.json', ['sections[0].questions[3].id: duplicate question id "data.kinds" (already used at sections[0].questions[1].id)']],
  ['bad-duplicate-choice.json', ['sections[0].questions[0].choices[1].value: duplicate choice value "none" in data.uniqueness (already used at sections[0].questions[0].choices[0].value)']],
  [
    'bad-duplicate-option.json',
    [
      'options[1].id: duplicate option id "closed" (already used at options[0].id)',
      'rules[0].effects[0].option: "open" is not an option of this pack (closed)',
      'rules[1].effects[0].option: "open" is not an option of this pack (closed)',
      'guards[0].options[0]: "open" is not an option of this pack (closed)',
    ],
  ],
  ['bad-unknown-option.json', ['rules[0].effects[0].option: "opne" is not an option of this pack (closed, open)']],
  ['bad-unknown-criterion.json', ['rules[0].effects[0].criterion: "speed" is not a criterion of this pack (trust, moat)']],
  ['bad-unknown-source.json', ['rules[1].source: "vake2025" is not a source of this pack (src)']],
  ['bad-guard-option.json', ['guards[0].options[1]: "fully-open" is not an option of this pack (closed, open)']],
  ['bad-baseline-missing.json', ['options[0].baseline: no baseline for the criterion "moat": give every criterion a value 0..10']],
  ['bad-baseline-unknown.json', ['options[1].baseline.speed: "speed" is not a criterion of this pack (trust, moat)']],
  ['bad-weight-from-unmapped.json', ['criteria[0].weightFrom.weights: no weight for the choice "high" of goals.trust: map every choice']],
  ['bad-actionable-multi.json', ['sections[0].questions[1].actionable: data.kinds is a multi question; only a choice question can be actionable']],
  [
    'bad-actionable-steps.json',
    [
      'sections[0].questions[0].actionable.steps: no horizon for the step to "high" of data.uniqueness: give every choice after "none" one',
      'sections[0].questions[0].actionable.steps: no horizon for the step to "unique" of data.uniqueness: give every choice after "none" one',
      'sections[0].questions[0].actionable.steps.none: "none" is where improvement starts (direction "up"): it takes no step',
      'sections[0].questions[0].actionable.steps.hgh: "hgh" is not a choice of data.uniqueness (none, low, medium, high, unique)',
      'sections[0].questions[0].actionable.actions[0].action: open has no action 3 (its actions are numbered 0 to 0)',
      'sections[0].questions[0].actionable.actions[1].option: "opne" is not an option of this pack (closed, open)',
    ],
  ],
  ['bad-weight-from-not-choice.json', ['criteria[0].weightFrom.question: data.kinds is a multi question; weightFrom needs a choice question']],
];

describe('broken packs', () => {
  it('covers every broken fixture', () => {
    const fixtures = readdirSync(join(ROOT, FIXTURES)).filter((name) => name.startsWith('bad-'));
    expect(fixtures.sort()).toEqual(BAD.map(([name]) => name).sort());
  });

  it.each(BAD)('%s gives its exact problems', (name, expected) => {
    const file = `${FIXTURES}/${name}`;
    const loaded = load(file);
    expect(loaded.ok).toBe(false);
    expect(packLines(loaded)).toEqual(expected.map((line) => `${file}: ${line}`));
  });

  it('reports every problem of a pack at once', () => {
    const pack = JSON.parse(readFileSync(join(ROOT, FIXTURES, 'valid-tiny.json'), 'utf8'));
    pack.rules[0].when.all[0].atLeast = 'hgh';
    pack.rules[1].source = 'nowhere';
    pack.guards[0].options = ['gone'];
    pack.options[1].baseline.speed = 1;
    const loaded = parsePackJson(JSON.stringify(pack));
    expect(loaded.ok ? [] : loaded.problems).toHaveLength(4);
  });

  it('says what was found where one of several texts is expected, and what is missing', () => {
    const pack = JSON.parse(readFileSync(join(ROOT, FIXTURES, 'valid-tiny.json'), 'utf8'));
    const { severity: _kept, ...withoutSeverity } = pack.guards[0];
    pack.guards.push({ ...withoutSeverity, id: `${withoutSeverity.id}-2` });
    pack.guards[0].severity = 5;
    const loaded = parsePackJson(JSON.stringify(pack), { file: 'p.json' });
    expect(packLines(loaded)).toEqual([
      'p.json: guards[0].severity: expected one of "block", "caution", found the number 5',
      'p.json: guards[1].severity: missing: expected one of "block", "caution"',
    ]);
  });

  it('omits the file name when none is given', () => {
    const loaded = parsePackJson('[]');
    expect(packLines(loaded)).toEqual(['not a rules pack: expected a JSON object with "format": "aperture-rules/1", found an empty list']);
  });
});
