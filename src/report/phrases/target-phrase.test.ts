import { describe, expect, it } from 'vitest';
import { planTarget } from '@/engine/target/target';
import { buildPack } from '@test/support/pack-builder';
import type { TargetChange, TargetPlan } from '@/engine/score/types';
import { describeTarget } from './target-phrase';

/** Open core needs a part-time community owner and automated monitoring; either capability may be unknown. */
const pack = buildPack({
  criteria: [{ id: 'value', weight: 1 }],
  questions: [
    { id: 'capacity', choices: ['none', 'part-time', 'team'], actionable: { direction: 'up', owner: 'community', steps: { 'part-time': '0-3m', team: '3-12m' } } },
    { id: 'monitoring', choices: ['automated', 'manual', 'none'], actionable: { direction: 'down', owner: 'security', steps: { manual: '0-3m', automated: '12m+' } } },
  ],
  options: [
    { id: 'closed', baseline: { value: 6 } },
    { id: 'open-core', baseline: { value: 6 } },
  ],
  guards: [
    { id: 'needs-a-team', options: ['open-core'], severity: 'block', when: { q: 'capacity', atMost: 'none' } },
    { id: 'needs-monitoring', options: ['open-core'], severity: 'block', when: { q: 'monitoring', atLeast: 'manual' } },
  ],
});

const change = (question: string, to: string, fromLowest: boolean): TargetChange => ({ question, from: '', to, steps: 1, fromLowest, horizon: '0-3m', owner: 'data', actions: [] });

describe('describeTarget: capabilities not known today', () => {
  it('marks each checkpoint of an unknown capability, and no other, in English and Japanese', () => {
    const plan = planTarget(pack, { capacity: 'none' }, 'open-core');
    if (!plan) throw new Error('no plan');
    const en = describeTarget(plan, pack, 'en');
    expect(en.stages.flatMap((s) => s.checkpoints.map((c) => [c.text, c.fromLowest]))).toEqual([
      ['capacity — from “none” to “part-time”', undefined],
      ['monitoring — from “none” to “manual”', 'Counted from the lowest level — find out where you stand first.'],
      ['monitoring — from “manual” to “automated”', 'Counted from the lowest level — find out where you stand first.'],
    ]);
    expect(en.notes).toContain(
      'Capabilities not known yet (unanswered or “not sure”) are counted from their lowest level, so a path may take less time than shown, or another may open; find out where you stand first: monitoring',
    );
    const ja = describeTarget(plan, pack, 'ja');
    expect(ja.stages.flatMap((s) => s.checkpoints.map((c) => c.fromLowest ?? null))).toEqual([null, '最も低い水準から数えています。まず現在の水準をご確認ください。', '最も低い水準から数えています。まず現在の水準をご確認ください。']);
    expect(ja.notes.join('')).not.toMatch(/[,.:;()!?]/);
  });

  it('says so in the other paths and in the nearest changes', () => {
    const plan = planTarget(pack, { capacity: 'none' }, 'open-core');
    if (!plan) throw new Error('no plan');
    const other = { changes: [change('capacity', 'team', false), change('monitoring', 'manual', true)], horizon: '0-3m' as const, lifts: [], score: 60, recommended: [] };
    const withOther: TargetPlan = { ...plan, paths: [...plan.paths, other] };
    expect(describeTarget(withOther, pack, 'en').otherPaths).toEqual(['capacity: “team”, monitoring: “manual” (counted from the lowest level) (within 3 months)']);
    expect(describeTarget(withOther, pack, 'ja').otherPaths).toEqual(['「capacity（日本語）」を「team（日本語）」に、「monitoring（日本語）」を最も低い水準から数えて「manual（日本語）」に（3か月以内）']);
    const near: TargetPlan = { ...plan, status: 'unreachable', paths: [], stages: [], closest: { changes: [change('monitoring', 'manual', true)], shortBy: 1.5 } };
    expect(describeTarget(near, pack, 'en').notes[0]).toBe(
      'The nearest that up to three improvements can get: monitoring: “manual” (counted from the lowest level); it would still be 1.5 points short of the recommended range.',
    );
  });
});
