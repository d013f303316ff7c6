import { describe, expect, it } from 'vitest';
import { applyScenario, EMPTY_SCENARIO, isScenarioActive, sameAnswer, scenarioReducer } from './scenario';

describe('scenario', () => {
  it('keeps an answer override and drops it when it equals the real answer again', () => {
    const changed = scenarioReducer(EMPTY_SCENARIO, { type: 'answer.set', question: 'q', value: 'high', original: 'low' });
    expect(changed.answers).toEqual({ q: 'high' });
    expect(isScenarioActive(changed)).toBe(true);
    const back = scenarioReducer(changed, { type: 'answer.set', question: 'q', value: 'low', original: 'low' });
    expect(back.answers).toEqual({});
    expect(isScenarioActive(back)).toBe(false);
  });

  it('keeps weight overrides until cleared or reset', () => {
    let s = scenarioReducer(EMPTY_SCENARIO, { type: 'weight.set', criterion: 'trust', value: 5, original: 2 });
    s = scenarioReducer(s, { type: 'weight.set', criterion: 'moat', value: 0, original: 4 });
    expect(s.weights).toEqual({ trust: 5, moat: 0 });
    expect(scenarioReducer(s, { type: 'weight.clear', criterion: 'trust' }).weights).toEqual({ moat: 0 });
    expect(scenarioReducer(s, { type: 'weight.set', criterion: 'moat', value: 4, original: 4 }).weights).toEqual({ trust: 5 });
    expect(scenarioReducer(s, { type: 'scenario.reset' })).toEqual(EMPTY_SCENARIO);
  });

  it('compares multi answers as sets and treats empty as unanswered', () => {
    expect(sameAnswer(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameAnswer([], undefined)).toBe(true);
    expect(sameAnswer(null, undefined)).toBe(true);
    expect(sameAnswer({ unsure: true }, { unsure: true })).toBe(true);
    expect(sameAnswer({ unsure: true }, 'a')).toBe(false);
    expect(sameAnswer(['a'], ['a', 'b'])).toBe(false);
  });

  it('applies overrides without touching the real answers', () => {
    const answers = Object.freeze({ a: 'x', b: ['y'] });
    const applied = applyScenario(answers, { a: 'z', b: null, c: { unsure: true } });
    expect(applied).toEqual({ a: 'z', c: { unsure: true } });
    expect(answers).toEqual({ a: 'x', b: ['y'] });
  });
});
