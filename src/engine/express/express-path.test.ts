import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answers } from '@/rules/answers/answers-schema';
import { parsePackJson } from '@/rules/pack/load-pack';
import { packLines } from '@test/support/pack-lines';
import { nextExpressQuestion, runExpress } from './express-path';
import { assess } from './assess';
import { rankOptions } from '../score/score';
import { settledness } from './settledness';

const root = join(import.meta.dirname, '..', '..', '..');
const loaded = parsePackJson(readFileSync(join(root, 'rules', 'ai-openness.json'), 'utf8'), { file: 'rules/ai-openness.json' });
if (!loaded.ok) throw new Error(packLines(loaded).join('\n'));
const pack = loaded.pack;
const golden = (name: string): Answers =>
  (JSON.parse(readFileSync(join(root, 'test', 'golden', `${name}.json`), 'utf8')) as { answers: { answers: Answers } }).answers.answers;
const recommended = (answers: Answers) =>
  rankOptions(pack, answers)
    .ranking.filter((r) => r.verdict === 'recommended')
    .map((r) => r.option)
    .sort();

describe('the express path on the default pack', () => {
  it.each(['saas-startup', 'regional-bank', 'frontier-lab'])('%s: stops before the last question with the recommendation of the full answers', (name) => {
    const full = golden(name);
    const run = runExpress(pack, full);
    expect(run.settled).toBe(true);
    expect(run.asked.length).toBeLessThan(Object.keys(full).length);
    // What the results show for the express answers (the questions proven not needed never hold the verdict back).
    const shown = assess(pack, run.answers).ranking.filter((r) => r.verdict === 'recommended').map((r) => r.option).sort();
    expect(shown).toEqual(recommended(full));
    expect(new Set(run.asked).size).toBe(run.asked.length);
  });

  it('asks first the question whose answer brings the recommendation closest to settled, and never one that cannot change it', () => {
    const state = settledness(pack, {});
    expect(state.settled).toBe(false);
    const next = nextExpressQuestion(state);
    const top = Math.max(...state.impacts.map((i) => i.gain));
    expect(top).toBeGreaterThan(0);
    const asked = state.impacts.find((i) => i.question === next);
    expect(asked?.gain).toBe(top);
    expect(asked?.impact).toBeGreaterThan(0);
    expect(state.impacts.find((i) => i.question === 'profile.notes')).toMatchObject({ impact: 0, gain: 0 });
  });

  it('skips questions already put to the user and asks nothing once settled', () => {
    const state = settledness(pack, {});
    const first = nextExpressQuestion(state);
    expect(first).toBeDefined();
    expect(nextExpressQuestion(state, new Set([first ?? '']))).not.toBe(first);
    const settled = settledness(pack, golden('saas-startup'));
    expect(settled.settled).toBe(true);
    expect(nextExpressQuestion(settled)).toBeUndefined();
  });
});
