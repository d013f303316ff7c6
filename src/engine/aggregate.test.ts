import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, Answers } from '@/rules/answers-schema';
import { packSchema } from '@/rules/pack-schema';
import { loadPack } from '@/rules/load-pack';
import defaultPackJson from '../../rules/ai-openness.json';
import bankJson from '../../test/fixtures/answers/bank-ja.json';
import startupJson from '../../test/fixtures/answers/startup-en.json';
import unsureJson from '../../test/fixtures/answers/unsure.json';
import packJson from '../../test/fixtures/packs/workshop-three.json';
import { aggregateWorkshop, type WorkshopAggregate, type WorkshopMember } from './aggregate';
import { compareDesc, SCORE_EPSILON } from './aggregate-stats';
import { rankOptions } from './score';
import { isQuestionVisible } from './visibility';

/**
 * workshop-three: criteria value (weight 3) and risk (2); baselines alpha 6/4, beta 5/5, gamma 4/6,
 * so with no answers alpha 52, beta 50, gamma 48. q.level=high adds 5 to gamma's value (gamma 78);
 * q.level=low adds 2 to alpha's risk (alpha 60); q.minor=high adds 0.5 to gamma's risk (+2 points);
 * q.tools including z adds 1 to beta's value (beta 56); q.detail=yes (shown when q.level ≥ mid)
 * blocks gamma.
 */
const pack = packSchema.parse(packJson);

const member = (id: string, answers: Answers): WorkshopMember => ({ id, label: id.toUpperCase(), answers });

// Everyone has said q.detail is "no" (a block guard waits for it once q.level is mid or higher).
const room = [member('p1', { 'q.detail': 'no' }), member('p2', { 'q.level': 'high', 'q.detail': 'no' }), member('p3', { 'q.level': 'low', 'q.detail': 'no' })];

describe('aggregateWorkshop: hand-checked room of three', () => {
  const result = aggregateWorkshop(pack, room);

  it('ranks each participant with the engine and names their top pick', () => {
    expect(result.participants.map((p) => [p.id, p.top, p.scored.ranking.map((r) => r.option)])).toEqual([
      ['p1', 'alpha', ['alpha', 'beta', 'gamma']],
      ['p2', 'gamma', ['gamma', 'alpha', 'beta']],
      ['p3', 'alpha', ['alpha', 'beta', 'gamma']],
    ]);
  });

  it('ranks the group by mean score: gamma 58, alpha 54.67, beta 50', () => {
    expect(result.groupMean.map((r) => r.option)).toEqual(['gamma', 'alpha', 'beta']);
    expect(result.groupMean.map((r) => r.mean)).toEqual([
      expect.closeTo(58, 9),
      expect.closeTo(164 / 3, 9),
      expect.closeTo(50, 9),
    ]);
    expect(result.groupTop).toBe('gamma');
  });

  it('ranks the group by Borda count: alpha 5, beta 2, gamma 2 (tie broken by id)', () => {
    expect(result.groupBorda.map((r) => [r.option, r.points, r.rank, r.firstChoices])).toEqual([
      ['alpha', 5, 1, 2],
      ['beta', 2, 2, 0],
      ['gamma', 2, 3, 1],
    ]);
  });

  it("measures agreement with Kendall's W = 1/3 (moderate)", () => {
    expect(result.agreement.w).toBeCloseTo(1 / 3, 12);
    expect(result.agreement.band).toBe('moderate');
    expect(result.agreement.basis).toBe('group');
  });

  it('spreads the answers of each question', () => {
    const level = result.spreads.find((s) => s.question === 'q.level');
    expect(level).toMatchObject({
      counts: { low: 1, mid: 0, high: 1 },
      byValue: { low: ['p3'], mid: [], high: ['p2'] },
      answered: ['p2', 'p3'],
      unanswered: ['p1'],
      unsure: [],
      hidden: [],
      disagreement: 1,
      median: 'low',
      values: ['low', 'high'],
    });
    const detail = result.spreads.find((s) => s.question === 'q.detail');
    expect(detail).toMatchObject({ hidden: ['p1', 'p3'], unanswered: [], disagreement: 0 });
  });

  it('puts q.level on the agenda: agreeing on low or high moves gamma by 30 points and changes the first option', () => {
    expect(result.agenda.map((a) => a.question)).toEqual(['q.level']);
    const [item] = result.agenda;
    expect(item?.impact).toBeCloseTo(30, 9);
    expect(item?.priority).toBeCloseTo(30, 9);
    expect(item?.changesTop).toBe(true);
    expect(item?.alternativeTops).toEqual(['alpha']);
    expect(item?.outcomes.map((o) => [o.value, o.top])).toEqual([
      ['low', 'alpha'],
      ['high', 'gamma'],
    ]);
  });
});

describe('aggregateWorkshop: agenda', () => {
  const disputed = [
    member('a', { 'q.level': 'low', 'q.minor': 'low', 'q.tools': ['x'] }),
    member('b', { 'q.level': 'mid', 'q.minor': 'high', 'q.tools': ['x', 'z'] }),
    member('c', { 'q.level': 'high', 'q.minor': 'high', 'q.tools': ['x'], 'q.notes': 'We are careful.' }),
    member('d', { 'q.level': { unsure: true }, 'q.minor': 'low', 'q.tools': ['y'] }),
  ];
  const result = aggregateWorkshop(pack, disputed);

  it('orders by disagreement × impact, and marks a dispute that cannot change the first option', () => {
    // The agenda's sort treats priorities within SCORE_EPSILON as equal: compare with that tolerance.
    result.agenda.forEach((item, i) => {
      const next = result.agenda[i + 1];
      if (next) expect(compareDesc(item.priority, next.priority)).toBeLessThanOrEqual(0);
    });
    expect(result.agenda.map((a) => a.question)).toEqual(['q.level', 'q.tools', 'q.minor']);
    const minor = result.agenda.find((a) => a.question === 'q.minor');
    expect(minor?.changesTop).toBe(false);
    expect(minor?.alternativeTops).toEqual([]);
    expect(minor?.impact).toBeCloseTo(2, 9);
  });

  it('counts "not sure" apart and leaves text questions off the agenda', () => {
    const level = result.spreads.find((s) => s.question === 'q.level');
    expect(level?.unsure).toEqual(['d']);
    const notes = result.spreads.find((s) => s.question === 'q.notes');
    expect(notes).toMatchObject({ answered: ['c'], unanswered: ['a', 'b', 'd'], counts: {}, disagreement: 0, median: null });
  });

  it('gives multi questions counts per value, distinct sets and a majority median', () => {
    const tools = result.spreads.find((s) => s.question === 'q.tools');
    expect(tools?.counts).toEqual({ x: 3, y: 1, z: 1 });
    expect(tools?.values).toEqual([['x'], ['x', 'z'], ['y']]);
    expect(tools?.median).toEqual(['x']);
  });
});

describe('aggregateWorkshop: small rooms', () => {
  it('has no agreement measure and no group top without participants', () => {
    const result = aggregateWorkshop(pack, []);
    expect(result.agreement).toEqual({ w: null, band: null, raters: 0, basis: 'none' });
    expect(result.groupTop).toBeNull();
    expect(result.agenda).toEqual([]);
  });

  it('says a single participant agrees with themself (W = 1 by convention)', () => {
    const result = aggregateWorkshop(pack, [member('solo', { 'q.level': 'high', 'q.detail': 'no' })]);
    expect(result.agreement).toMatchObject({ w: 1, basis: 'single', raters: 1 });
    expect(result.groupTop).toBe('gamma');
  });

  it('does not recommend an option blocked for most of the room', () => {
    const blocked = { 'q.level': 'high', 'q.detail': 'yes' } as const;
    const result = aggregateWorkshop(pack, [member('a', blocked), member('b', blocked), member('c', { 'q.level': 'high', 'q.detail': 'no' })]);
    expect(result.groupMean.at(-1)).toMatchObject({ option: 'gamma', blockedFor: 2 });
    expect(result.groupTop).toBe('alpha');
  });
});

const level = fc.constantFrom<AnswerValue | undefined>(undefined, 'low', 'mid', 'high', { unsure: true });
const arbAnswers: fc.Arbitrary<Answers> = fc
  .record({
    'q.level': level,
    'q.detail': fc.constantFrom<AnswerValue | undefined>(undefined, 'no', 'yes'),
    'q.minor': fc.constantFrom<AnswerValue | undefined>(undefined, 'low', 'high'),
    'q.tools': fc.option(fc.subarray(['x', 'y', 'z']), { nil: undefined }),
    'q.notes': fc.constantFrom<AnswerValue | undefined>(undefined, '', 'A note.'),
  })
  .map((record) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Answers);
const arbRoom = fc.array(arbAnswers, { minLength: 1, maxLength: 8 }).map((sets) => sets.map((answers, i) => member(`p${i}`, answers)));

const shape = (r: WorkshopAggregate) => ({
  mean: r.groupMean.map((row) => [row.option, row.rank, row.blockedFor]),
  borda: r.groupBorda,
  top: r.groupTop,
  agenda: r.agenda.map((a) => [a.question, a.changesTop, [...a.alternativeTops]]),
  spreads: r.spreads.map((s) => [s.question, s.counts, s.values, s.median, [...s.answered].sort(), [...s.unsure].sort(), [...s.hidden].sort()]),
});

describe('aggregateWorkshop: properties', () => {
  test.prop([arbRoom, fc.infiniteStream(fc.nat())])('participant order does not matter', (participants, noise) => {
    const shuffled = [...participants].sort(() => ((noise.next().value as number) % 3) - 1);
    const a = aggregateWorkshop(pack, participants);
    const b = aggregateWorkshop(pack, shuffled);
    expect(shape(b)).toEqual(shape(a));
    expect(b.agreement.w ?? 0).toBeCloseTo(a.agreement.w ?? 0, 9);
    b.groupMean.forEach((row, i) => expect(row.mean).toBeCloseTo(a.groupMean[i]?.mean ?? NaN, 9));
  });

  test.prop([arbAnswers, fc.integer({ min: 2, max: 6 })])('identical participants: W = 1, no disagreement, empty agenda', (answers, m) => {
    const result = aggregateWorkshop(pack, Array.from({ length: m }, (_, i) => member(`p${i}`, answers)));
    expect(result.agreement.w).toBeCloseTo(1, 12);
    expect(result.spreads.every((s) => s.disagreement === 0)).toBe(true);
    expect(result.agenda).toEqual([]);
  });

  test.prop([arbRoom])('means and Borda points agree with the participants’ rankings', (participants) => {
    const result = aggregateWorkshop(pack, participants);
    const n = pack.options.length;
    const m = participants.length;
    expect(result.groupBorda.reduce((sum, r) => sum + r.points, 0)).toBe((m * n * (n - 1)) / 2);
    expect(result.groupBorda.reduce((sum, r) => sum + r.firstChoices, 0)).toBe(m);
    for (const row of result.groupMean) {
      const scores = participants.map((p) => rankOptions(pack, p.answers).ranking.find((r) => r.option === row.option)?.score ?? NaN);
      expect(row.mean).toBeCloseTo(scores.reduce((s, x) => s + x, 0) / m, 9);
    }
  });

  test.prop([arbRoom])('agenda sorted, measures within bounds', (participants) => {
    const result = aggregateWorkshop(pack, participants);
    result.agenda.forEach((item, i) => {
      const next = result.agenda[i + 1];
      if (next) expect(item.priority).toBeGreaterThanOrEqual(next.priority - SCORE_EPSILON);
      expect(item.priority).toBeCloseTo(item.disagreement * item.impact, 12);
      expect(item.disagreement).toBeGreaterThan(0);
      expect(item.changesTop).toBe(new Set(item.outcomes.map((o) => o.top)).size > 1);
    });
    for (const s of result.spreads) {
      expect(s.disagreement).toBeGreaterThanOrEqual(0);
      expect(s.disagreement).toBeLessThanOrEqual(1);
      expect(s.answered.length + s.unsure.length + s.unanswered.length + s.hidden.length).toBe(participants.length);
    }
    const w = result.agreement.w ?? 0;
    expect(w >= 0 && w <= 1).toBe(true);
  });

  test.prop([arbRoom])('each outcome equals re-ranking everyone with that answer (rankOptions)', (participants) => {
    for (const item of aggregateWorkshop(pack, participants).agenda) {
      for (const outcome of item.outcomes) {
        for (const option of pack.options) {
          const scores = participants.map((p) => {
            const answers = isQuestionVisible(pack, p.answers, item.question) ? { ...p.answers, [item.question]: outcome.value } : p.answers;
            return rankOptions(pack, answers).ranking.find((r) => r.option === option.id)?.score ?? NaN;
          });
          expect(outcome.means[option.id]).toBeCloseTo(scores.reduce((sum, x) => sum + x, 0) / participants.length, 9);
        }
      }
    }
  });

  test.prop([arbRoom])('inputs stay untouched and the result is deterministic', (participants) => {
    const before = JSON.stringify(participants);
    const a = aggregateWorkshop(pack, participants);
    expect(JSON.stringify(participants)).toBe(before);
    expect(JSON.stringify(aggregateWorkshop(pack, participants))).toBe(JSON.stringify(a));
  });
});

describe('aggregateWorkshop on the default pack', () => {
  const loaded = loadPack(defaultPackJson);
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const real = loaded.pack;
  const files = [startupJson, bankJson, unsureJson].map((f) => f.answers as Answers);
  const room = files.map((answers, i) => member(`p${i}`, answers));
  const result = aggregateWorkshop(real, room);

  it('agrees with rankOptions on every outcome of the agenda', () => {
    expect(result.agenda.length).toBeGreaterThan(0);
    for (const item of result.agenda) {
      const outcome = item.outcomes[0];
      if (!outcome) continue;
      const top = real.options.map((option) => {
        const scores = room.map((p) => {
          const answers = isQuestionVisible(real, p.answers, item.question) ? { ...p.answers, [item.question]: outcome.value } : p.answers;
          return rankOptions(real, answers).ranking.find((r) => r.option === option.id)?.score ?? NaN;
        });
        return scores.reduce((sum, x) => sum + x, 0) / room.length;
      });
      real.options.forEach((option, o) => expect(outcome.means[option.id]).toBeCloseTo(top[o] ?? NaN, 9));
    }
  });

  it('sorts the agenda and keeps every measure in range', () => {
    // The agenda's sort treats priorities within SCORE_EPSILON as equal: compare with that tolerance.
    result.agenda.forEach((item, i) => {
      const next = result.agenda[i + 1];
      if (next) expect(compareDesc(item.priority, next.priority)).toBeLessThanOrEqual(0);
    });
    expect(result.agreement.w).toBeGreaterThanOrEqual(0);
    expect(result.agreement.w).toBeLessThanOrEqual(1);
  });
});
