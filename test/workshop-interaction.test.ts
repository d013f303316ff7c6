import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateWorkshop } from '@/engine/aggregate/aggregate';
import { rankOptions } from '@/engine/score/score';
import type { Answers } from '@/rules/answers/answers-schema';
import { checkAnswersFile } from '@/rules/answers/load-answers';
import { loadPack } from '@/rules/pack/load-pack';
import type { Pack } from '@/rules/pack/pack-schema';

/**
 * The room of test/fixtures/answers/workshop-interaction (three executives of one social platform
 * group, found among seeded random rooms under the default pack): misuse alone cannot change the
 * group's first option, but can once the industry standard is "Moderately important". The
 * workshop e2e shows this in the app; this test says so in engine terms, and checks it with plain
 * scoring of the profile, so that a change to the pack that removes the interaction fails here first.
 */

const root = join(import.meta.dirname, '..');
const dir = join(root, 'test', 'fixtures', 'answers', 'workshop-interaction');
const loaded = loadPack(JSON.parse(readFileSync(join(root, 'rules', 'ai-openness.json'), 'utf8')));
if (!loaded.ok) throw new Error('The default pack does not load');
const pack: Pack = loaded.pack;
const files = readdirSync(dir).filter((file) => file.endsWith('.json')).sort();
const checks = files.map((file) => checkAnswersFile(pack, JSON.parse(readFileSync(join(dir, file), 'utf8'))));
const members = checks.map((check, i) => ({ id: `p${i}`, label: check.respondent?.name ?? `p${i}`, answers: check.answers }));

const MISUSE = 'risk.misuse';
const STANDARD = 'goals.standard';

/** The first option of plain scoring (no option is blocked in these profiles). */
function firstOf(answers: Answers): string | undefined {
  return rankOptions(pack, answers).ranking.find((entry) => entry.verdict !== 'not-recommended')?.option;
}

function misuseItem(agreed: Answers) {
  const aggregate = aggregateWorkshop(pack, members, undefined, agreed);
  const item = aggregate.agenda.find((entry) => entry.question === MISUSE);
  if (!item) throw new Error('misuse is not on the agenda');
  return { aggregate, item };
}

describe('the misuse × industry standard room', () => {
  it('is three clean answers files for the default pack', () => {
    expect(files).toHaveLength(3);
    for (const check of checks) expect(check.problems).toEqual([]);
  });

  it('before anything is agreed: misuse alone keeps the first option, together with a moderate standard it changes it', () => {
    const { aggregate, item } = misuseItem({});
    expect(aggregate.groupTops).toEqual(['open-weights']);
    expect(aggregate.agendaBasis.tops).toEqual(['open-weights']);
    expect(new Set(item.outcomes.map((outcome) => outcome.tops.join(',')))).toEqual(new Set(['open-weights']));
    expect(item.changesTop).toBe(true);
    expect(item.change?.given).toEqual({ question: STANDARD, value: 'moderate' });
    expect(item.change?.outcomes).toEqual([
      { value: 'moderate', tops: ['open-weights'] },
      { value: 'significant', tops: ['staged'] },
    ]);
    // The same by plain scoring of the profile (the room's middle answers, then the pair set).
    const profile = aggregate.agendaBasis.profile;
    expect(profile[STANDARD]).toBe('critical');
    expect(firstOf({ ...profile, [MISUSE]: 'significant' })).toBe('open-weights');
    expect(firstOf({ ...profile, [STANDARD]: 'moderate', [MISUSE]: 'moderate' })).toBe('open-weights');
    expect(firstOf({ ...profile, [STANDARD]: 'moderate', [MISUSE]: 'significant' })).toBe('staged');
  });

  it('with a moderate standard agreed, misuse alone changes the outcome', () => {
    const { item } = misuseItem({ [STANDARD]: 'moderate' });
    expect(item.changesTop).toBe(true);
    expect(item.change?.given).toBeNull();
    expect(item.outcomes.map((outcome) => outcome.tops)).toEqual([['open-weights'], ['staged']]);
  });

  it('with a critical standard agreed, misuse cannot change the outcome', () => {
    const { item } = misuseItem({ [STANDARD]: 'critical' });
    expect(item.changesTop).toBe(false);
    expect(item.change).toBeNull();
  });
});
