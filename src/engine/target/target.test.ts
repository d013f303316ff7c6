import { describe, expect, it } from 'vitest';
import type { Answers } from '@/rules/answers/answers-schema';
import { rankOptions } from '../score/score';
import { answersAfter, defaultTarget, planTarget } from './target';
import { buildPack } from '@test/support/pack-builder';

/**
 * A small gradient: closed, staged, open-core. Staged needs a community team (a guard on
 * capacity), open-core also needs monitoring and is blocked outright for a frontier model (a fact).
 */
const LEVELS = ['none', 'part-time', 'team'];
const pack = buildPack({
  criteria: [{ id: 'value', weight: 1 }],
  questions: [
    { id: 'scale', choices: ['small', 'frontier'] },
    { id: 'capacity', choices: LEVELS, actionable: { direction: 'up', owner: 'community', steps: { 'part-time': '0-3m', team: '3-12m' }, actions: [{ option: 'staged', action: 0 }] } },
    { id: 'monitoring', choices: ['automated', 'manual', 'none'], actionable: { direction: 'down', owner: 'security', steps: { manual: '0-3m', automated: '12m+' } } },
    { id: 'secrecy', choices: ['low', 'high'] },
  ],
  options: [
    { id: 'closed', baseline: { value: 6 } },
    { id: 'staged', baseline: { value: 6 } },
    { id: 'open-core', baseline: { value: 6 } },
  ],
  rules: [
    { id: 'secrets-favour-closed', when: { q: 'secrecy', is: 'high' }, effects: [{ option: 'closed', criterion: 'value', delta: 1 }] },
    { id: 'team-helps-open-core', when: { q: 'capacity', is: 'team' }, effects: [{ option: 'open-core', criterion: 'value', delta: 1 }] },
  ],
  guards: [
    { id: 'needs-a-team', options: ['staged', 'open-core'], severity: 'block', when: { q: 'capacity', atMost: 'none' } },
    { id: 'needs-monitoring', options: ['open-core'], severity: 'block', when: { q: 'monitoring', atLeast: 'manual' } },
    { id: 'frontier-closed', options: ['open-core'], severity: 'block', when: { q: 'scale', is: 'frontier' } },
  ],
});

const today: Answers = { scale: 'small', capacity: 'none', monitoring: 'none', secrecy: 'low' };

describe('planTarget', () => {
  it('finds the single improvement that lifts a guard, with its horizon, owner and actions', () => {
    const plan = planTarget(pack, today, 'staged');
    expect(plan?.status).toBe('reachable');
    expect(plan?.now).toEqual({ top: 'closed', recommended: ['closed'] });
    expect(plan?.paths).toEqual([
      {
        changes: [{ question: 'capacity', from: 'none', to: 'part-time', steps: 1, fromLowest: false, horizon: '0-3m', owner: 'community', actions: [{ option: 'staged', action: 0 }] }],
        horizon: '0-3m',
        lifts: ['needs-a-team'],
        score: 60,
        recommended: ['closed', 'staged'],
      },
    ]);
  });

  it('needs a pair when one improvement is not enough, adds up the steps of one question and stages them', () => {
    const plan = planTarget(pack, today, 'open-core');
    expect(plan?.status).toBe('reachable');
    expect(plan?.paths.map((p) => p.changes.map((c) => `${c.question}:${c.to}:${c.horizon}`))).toEqual([['capacity:part-time:0-3m', 'monitoring:automated:12m+']]);
    expect(plan?.paths[0]?.lifts).toEqual(['needs-a-team', 'needs-monitoring']);
    expect(plan?.stages.map((s) => [s.horizon, s.checkpoints.map((c) => `${c.question}:${c.from}→${c.to}`), s.recommended, s.target])).toEqual([
      ['0-3m', ['capacity:none→part-time', 'monitoring:none→manual'], ['closed', 'staged'], 'not-recommended'],
      ['12m+', ['monitoring:manual→automated'], ['closed', 'open-core', 'staged'], 'recommended'],
    ]);
  });

  it('says when the target is recommended already', () => {
    expect(planTarget(pack, today, 'closed')).toMatchObject({ status: 'recommended', paths: [], stages: [] });
  });

  it('names the fixed fact in the way and never moves it', () => {
    const plan = planTarget(pack, { ...today, scale: 'frontier' }, 'open-core');
    expect(plan).toMatchObject({ status: 'unreachable', paths: [], obstacles: [{ guard: 'frontier-closed', fixed: ['scale'] }] });
  });

  it('reports how far the target stays short when the band, not a guard, is in the way', () => {
    const plan = planTarget(pack, { ...today, secrecy: 'high', capacity: 'team', monitoring: 'automated' }, 'staged');
    expect(plan).toMatchObject({ status: 'unreachable', obstacles: [], closest: null });
    expect(plan?.shortBy).toBeCloseTo(7);
  });

  it('moves a capability answered "not sure" from the lowest level of its direction, marked so, and lists it', () => {
    const plan = planTarget(pack, { ...today, capacity: { unsure: true } }, 'staged');
    expect(plan?.unknown).toEqual(['capacity']);
    expect(plan?.status).toBe('reachable');
    // The guard on capacity may fire while capacity is not known: lifting it is part of the path.
    expect(plan?.paths).toEqual([
      {
        changes: [{ question: 'capacity', from: 'none', to: 'part-time', steps: 1, fromLowest: true, horizon: '0-3m', owner: 'community', actions: [{ option: 'staged', action: 0 }] }],
        horizon: '0-3m',
        lifts: ['needs-a-team'],
        score: 60,
        recommended: ['closed', 'staged'],
      },
    ]);
    expect(plan?.stages.flatMap((s) => s.checkpoints)).toMatchObject([{ question: 'capacity', from: 'none', to: 'part-time', fromLowest: true }]);
  });

  it('counts an unanswered capability from the lowest level of a downward direction, steps and horizon included', () => {
    const answers: Answers = { scale: 'small', capacity: 'part-time', secrecy: 'low' };
    const plan = planTarget(pack, answers, 'open-core');
    expect(plan?.unknown).toEqual(['monitoring']);
    expect(plan?.paths.map((p) => p.changes.map((c) => [c.question, c.from, c.to, c.steps, c.horizon, c.fromLowest]))).toEqual([[['monitoring', 'none', 'automated', 2, '12m+', true]]]);
    // Until monitoring reaches a level, it keeps today's unknown answer; each of its checkpoints is marked.
    expect(plan?.stages.map((s) => [s.horizon, s.checkpoints.map((c) => `${c.question}:${c.from}→${c.to}:${String(c.fromLowest)}`), s.target])).toEqual([
      ['0-3m', ['monitoring:none→manual:true'], 'not-recommended'],
      ['12m+', ['monitoring:manual→automated:true'], 'recommended'],
    ]);
    expect(rankOptions(pack, answersAfter(answers, plan?.paths[0]?.changes ?? [])).ranking.find((r) => r.option === 'open-core')?.verdict).toBe('recommended');
  });

  it('marks only the capabilities not known: known ones keep their own level as the start', () => {
    const plan = planTarget(pack, { ...today, monitoring: { unsure: true } }, 'open-core');
    expect(plan?.paths[0]?.changes.map((c) => [c.question, c.from, c.fromLowest])).toEqual([
      ['capacity', 'none', false],
      ['monitoring', 'none', true],
    ]);
  });

  it('never moves a fixed fact, known or not', () => {
    const plan = planTarget(pack, { ...today, scale: { unsure: true } }, 'open-core');
    expect(plan?.unknown).toEqual([]);
    expect(plan).toMatchObject({ status: 'unreachable', paths: [], obstacles: [{ guard: 'frontier-closed', fixed: ['scale'] }] });
  });

  it('is undefined for an option the pack does not have', () => {
    expect(planTarget(pack, today, 'nowhere')).toBeUndefined();
  });
});

describe('defaultTarget and answersAfter', () => {
  it('picks the next option along the gradient after the most open recommended one', () => {
    expect(defaultTarget(pack, rankOptions(pack, today).ranking)).toBe('staged');
    const staged = answersAfter(today, [{ question: 'capacity', to: 'part-time' }]);
    expect(defaultTarget(pack, rankOptions(pack, staged).ranking)).toBe('open-core');
  });

  it('applies a path as a scenario without touching the answers', () => {
    const before = JSON.stringify(today);
    const plan = planTarget(pack, today, 'open-core');
    const after = answersAfter(today, plan?.paths[0]?.changes ?? []);
    expect(JSON.stringify(today)).toBe(before);
    expect(rankOptions(pack, after).ranking.find((r) => r.option === 'open-core')?.verdict).toBe('recommended');
  });
});
