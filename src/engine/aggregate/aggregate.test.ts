import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, Answers } from '@/rules/answers/answers-schema';
import { packSchema } from '@/rules/pack/pack-schema';
import { loadPack } from '@/rules/pack/load-pack';
import { packLines } from '@test/support/pack-lines';
import defaultPackJson from '../../../rules/ai-openness.json';
import bankJson from '../../../test/fixtures/answers/bank-ja.json';
import startupJson from '../../../test/fixtures/answers/startup-en.json';
import unsureJson from '../../../test/fixtures/answers/unsure.json';
import goldenSaas from '../../../test/golden/saas-startup.json';
import packJson from '../../../test/fixtures/packs/workshop-three.json';
import { aggregateWorkshop, withAgreedAgenda, type AgendaItem, type WorkshopAggregate, type WorkshopMember } from './aggregate';
import { SCORE_EPSILON } from './aggregate-stats';
import { runExpress } from '../express/express-path';
import { rankOptions } from '../score/score';

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

describe('aggregateWorkshop: a participant who answered in express mode', () => {
  it('counts the questions their answers settle as not needed, never as unanswered', () => {
    const loaded = loadPack(defaultPackJson);
    if (!loaded.ok) throw new Error('the default pack does not load');
    const full = goldenSaas.answers.answers as Answers;
    const express = runExpress(loaded.pack, full);
    expect(express.settled).toBe(true);
    const skipped = express.remaining.filter((id) => loaded.pack.sections.some((s) => s.questions.some((q) => q.id === id && q.kind !== 'text')));
    expect(skipped.length).toBeGreaterThan(0);
    const result = aggregateWorkshop(loaded.pack, [member('full', full), member('quick', express.answers), member('none', {})]);
    for (const id of skipped) {
      const spread = result.spreads.find((s) => s.question === id);
      if (spread?.hidden.includes('quick')) continue;
      expect(spread?.notNeeded).toEqual(['quick']);
      // Nothing settles an empty set of answers: those stay unanswered.
      expect(spread?.unanswered).toContain('none');
      expect(spread?.unanswered).not.toContain('quick');
    }
  });
});

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

  it('ranks the group by Borda count: alpha 5, then beta and gamma tied at 2 (both #2=)', () => {
    expect(result.groupBorda.map((r) => [r.option, r.points, r.rank, r.tied, r.firstChoices])).toEqual([
      ['alpha', 5, 1, false, 2],
      ['beta', 2, 2, true, 0],
      ['gamma', 2, 2, true, 1],
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

  it('puts q.level on the agenda against the room median (low: alpha 60): agreeing on high moves gamma by 30 points and puts it first', () => {
    expect(result.agendaBasis).toEqual({ profile: { 'q.level': 'low', 'q.detail': 'no' }, tops: ['alpha'], agreed: 0 });
    expect(result.agenda.map((a) => a.question)).toEqual(['q.level']);
    const [item] = result.agenda;
    expect(item?.impact).toBeCloseTo(30, 9);
    expect(item?.priority).toBeCloseTo(30, 9);
    expect(item?.changesTop).toBe(true);
    expect(item?.change?.given).toBeNull();
    expect(item?.alternativeTops).toEqual(['gamma']);
    expect(item?.outcomes.map((o) => [o.value, o.tops])).toEqual([
      ['low', ['alpha']],
      ['high', ['gamma']],
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

  it('puts what can change the first option first, by disagreement × impact, and marks a dispute that cannot', () => {
    expect(result.agenda.map((a) => [a.question, a.changesTop])).toEqual([
      ['q.level', true],
      ['q.tools', true],
      ['q.minor', false],
    ]);
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

describe('aggregateWorkshop: ties', () => {
  // q.level = mid with q.detail = no changes nothing (alpha 52, beta 50, gamma 48; nothing blocked);
  // q.minor = high gives gamma +2 (50), level with beta 50: beta and gamma tie at second place.
  const neutral = { 'q.level': 'mid', 'q.detail': 'no' } as const;
  const tied = aggregateWorkshop(pack, [member('t', { ...neutral, 'q.minor': 'high' }), member('u', { 'q.level': 'high', 'q.detail': 'no' })]);

  it("gives tied options one place in a participant's ranking", () => {
    expect(tied.participants[0]?.places).toEqual({ alpha: { rank: 1, tied: false }, beta: { rank: 2, tied: true }, gamma: { rank: 2, tied: true } });
    expect(tied.participants[0]?.tops).toEqual(['alpha']);
  });

  it('shares Borda points by mid-ranks: beta and gamma each get 0.5 from the tie', () => {
    // t: alpha 2, beta 0.5, gamma 0.5; u: gamma 78, alpha 52, beta 50: gamma 2, alpha 1, beta 0.
    expect(tied.groupBorda.map((r) => [r.option, r.points, r.rank, r.tied])).toEqual([
      ['alpha', 3, 1, false],
      ['gamma', 2.5, 2, false],
      ['beta', 0.5, 3, false],
    ]);
  });

  it('ties equal group means at one place (#1=) and names every tied first option', () => {
    const twins = aggregateWorkshop(pack, [member('a', { 'q.level': 'high', 'q.detail': 'no' }), member('b', { 'q.level': 'low', 'q.minor': 'high' })]);
    // a: alpha 52, beta 50, gamma 78; b: alpha 60, beta 50, gamma 50 → means alpha 56, beta 50, gamma 64.
    expect(twins.groupMean.map((r) => [r.option, r.rank, r.tied])).toEqual([
      ['gamma', 1, false],
      ['alpha', 2, false],
      ['beta', 3, false],
    ]);
    const even = aggregateWorkshop(pack, [member('a', neutral), member('b', neutral)]);
    expect(even.groupTops).toEqual(['alpha']);
    expect(even.groupRecommended).toEqual(['alpha', 'beta']);
  });

  it('shares a three-way tie at the top: #1= for all three, one shared first choice each, Borda by mid-ranks', () => {
    // Equal weights: alpha (6+4)/2, beta (5+5)/2, gamma (4+6)/2 all score 50.
    const flat = aggregateWorkshop(pack, [member('a', neutral), member('b', { 'q.level': 'low' })], { weights: { value: 1, risk: 1 } });
    expect(flat.participants[0]?.tops).toEqual(['alpha', 'beta', 'gamma']);
    expect(flat.participants[0]?.top).toBe('alpha');
    // b: alpha 60 alone first. Borda: a gives 1 each (mid-rank 2 of 3); b gives alpha 2, then beta and gamma tied at 2.5 → 0.5 each.
    expect(flat.groupBorda.map((r) => [r.option, r.points, r.rank, r.tied, r.firstChoices, r.sharedFirstChoices])).toEqual([
      ['alpha', 3, 1, false, 2, 1],
      ['beta', 1.5, 2, true, 1, 1],
      ['gamma', 1.5, 2, true, 1, 1],
    ]);
  });
});

describe('aggregateWorkshop: agenda against the agreed answers, with pairs', () => {
  // q.detail (shown when q.level ≥ mid) blocks gamma when "yes": it matters only once q.level is high.
  const room = [
    member('a', { 'q.level': 'high', 'q.detail': 'no' }),
    member('b', { 'q.level': 'high', 'q.detail': 'yes' }),
    member('c', { 'q.level': 'low' }),
    member('d', { 'q.level': 'low' }),
  ];

  it('marks q.detail as able to change the outcome together with q.level = high, though it cannot alone', () => {
    const result = aggregateWorkshop(pack, room);
    expect(result.agendaBasis.profile).toEqual({ 'q.level': 'low', 'q.detail': 'no' });
    const detail = result.agenda.find((item) => item.question === 'q.detail');
    expect(detail?.outcomes.map((o) => o.tops)).toEqual([['alpha'], ['alpha']]);
    expect(detail?.changesTop).toBe(true);
    expect(detail?.change).toEqual({
      given: { question: 'q.level', value: 'high' },
      outcomes: [
        { value: 'no', tops: ['gamma'] },
        { value: 'yes', tops: ['alpha'] },
      ],
    });
  });

  it('recomputes when an answer is agreed: with q.level agreed as high, q.detail decides alone', () => {
    const before = aggregateWorkshop(pack, room);
    const after = withAgreedAgenda(pack, before, { 'q.level': 'high' });
    expect(after).toEqual(aggregateWorkshop(pack, room, undefined, { 'q.level': 'high' }));
    expect(after.agendaBasis).toMatchObject({ tops: ['gamma'], agreed: 1 });
    const detail = after.agenda.find((item) => item.question === 'q.detail');
    expect(detail?.change?.given).toBeNull();
    expect(detail?.outcomes.map((o) => [o.value, o.tops])).toEqual([
      ['no', ['gamma']],
      ['yes', ['alpha']],
    ]);
    expect(after.agenda.at(-1)).toMatchObject({ question: 'q.level', agreed: true, changesTop: false });
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
const arbAgreed: fc.Arbitrary<Answers> = fc
  .record({ 'q.level': fc.constantFrom<AnswerValue | undefined>(undefined, 'low', 'high'), 'q.minor': fc.constantFrom<AnswerValue | undefined>(undefined, 'low', 'high') })
  .map((record) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Answers);

/** The first options of a ranking, every option tied at the best unblocked score (the brute-force reference). */
function topsOf(ranking: readonly { option: string; score: number; verdict: string }[]): string[] {
  const open = ranking.filter((r) => r.verdict !== 'not-recommended');
  const best = Math.max(...open.map((r) => r.score));
  return pack.options.map((o) => o.id).filter((id) => open.some((r) => r.option === id && Math.abs(r.score - best) < 1e-9));
}

const shape = (r: WorkshopAggregate) => ({
  mean: r.groupMean.map((row) => [row.option, row.rank, row.tied, row.blockedFor]),
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
    expect(result.groupBorda.reduce((sum, r) => sum + r.points, 0)).toBeCloseTo((m * n * (n - 1)) / 2, 9);
    const firstPlaces = result.participants.reduce((sum, p) => sum + Object.values(p.places).filter((place) => place.rank === 1).length, 0);
    expect(result.groupBorda.reduce((sum, r) => sum + r.firstChoices, 0)).toBe(firstPlaces);
    for (const row of result.groupMean) {
      const scores = participants.map((p) => rankOptions(pack, p.answers).ranking.find((r) => r.option === row.option)?.score ?? NaN);
      expect(row.mean).toBeCloseTo(scores.reduce((s, x) => s + x, 0) / m, 9);
    }
  });

  test.prop([arbRoom])('agenda sorted, measures within bounds', (participants) => {
    const result = aggregateWorkshop(pack, participants);
    const group = (item: AgendaItem) => (item.agreed ? 2 : item.changesTop ? 0 : 1);
    result.agenda.forEach((item, i) => {
      const next = result.agenda[i + 1];
      if (next) expect(group(item) < group(next) || (group(item) === group(next) && item.priority >= next.priority - SCORE_EPSILON)).toBe(true);
      expect(item.priority).toBeCloseTo(item.disagreement * item.impact, 12);
      expect(item.disagreement).toBeGreaterThan(0);
      if (new Set(item.outcomes.map((o) => o.tops.join())).size > 1) expect(item.changesTop).toBe(true);
    });
    for (const s of result.spreads) {
      expect(s.disagreement).toBeGreaterThanOrEqual(0);
      expect(s.disagreement).toBeLessThanOrEqual(1);
      expect(s.answered.length + s.unsure.length + s.unanswered.length + s.notNeeded.length + s.hidden.length).toBe(participants.length);
    }
    const w = result.agreement.w ?? 0;
    expect(w >= 0 && w <= 1).toBe(true);
  });

  test.prop([arbRoom, arbAgreed])('each outcome equals scoring the consensus profile with that answer (rankOptions)', (participants, agreed) => {
    const result = aggregateWorkshop(pack, participants, undefined, agreed);
    for (const item of result.agenda) {
      for (const outcome of item.outcomes) {
        const scored = rankOptions(pack, { ...result.agendaBasis.profile, [item.question]: outcome.value });
        expect(outcome.tops).toEqual(topsOf(scored.ranking));
        for (const entry of scored.ranking) expect(outcome.scores[entry.option]).toBeCloseTo(entry.score, 9);
      }
    }
  });

  test.prop([arbRoom, arbAgreed])('"can change" equals a brute-force search over single answers and pairs (rankOptions)', (participants, agreed) => {
    const result = aggregateWorkshop(pack, participants, undefined, agreed);
    const profile = result.agendaBasis.profile;
    const baseKey = topsOf(rankOptions(pack, profile).ranking).join();
    const open = result.agenda.filter((item) => !item.agreed);
    const valuesOf = (question: string) => result.spreads.find((s) => s.question === question)?.values ?? [];
    const keyWith = (answers: Answers) => topsOf(rankOptions(pack, { ...profile, ...answers }).ranking).join();
    for (const item of open) {
      const alone = valuesOf(item.question).map((v) => keyWith({ [item.question]: v }));
      let expected = new Set(alone).size > 1 || (alone.length > 0 && alone.every((k) => k !== baseKey));
      for (const other of open) {
        if (expected || other.question === item.question) continue;
        for (const w of valuesOf(other.question)) {
          const keys = valuesOf(item.question).map((v) => keyWith({ [other.question]: w, [item.question]: v }));
          if (new Set(keys).size > 1) expected = true;
        }
      }
      expect([item.question, item.changesTop]).toEqual([item.question, expected]);
      if (item.change) {
        const given = item.change.given ? { [item.change.given.question]: item.change.given.value } : {};
        const keys = item.change.outcomes.map((o) => keyWith({ ...given, [item.question]: o.value }));
        expect(keys).toEqual(item.change.outcomes.map((o) => o.tops.join()));
      }
    }
    for (const item of result.agenda.filter((i) => i.agreed)) expect(item.changesTop).toBe(false);
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
  if (!loaded.ok) throw new Error(packLines(loaded).join('\n'));
  const real = loaded.pack;
  const files = [startupJson, bankJson, unsureJson].map((f) => f.answers as Answers);
  const room = files.map((answers, i) => member(`p${i}`, answers));
  const result = aggregateWorkshop(real, room);

  it('agrees with rankOptions on every outcome of the agenda', () => {
    expect(result.agenda.length).toBeGreaterThan(0);
    for (const item of result.agenda) {
      for (const outcome of item.outcomes) {
        const scored = rankOptions(real, { ...result.agendaBasis.profile, [item.question]: outcome.value });
        for (const entry of scored.ranking) expect(outcome.scores[entry.option]).toBeCloseTo(entry.score, 9);
      }
    }
  });

  it('keeps every measure in range', () => {
    expect(result.agreement.w).toBeGreaterThanOrEqual(0);
    expect(result.agreement.w).toBeLessThanOrEqual(1);
  });
});
