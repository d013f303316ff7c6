import { describe, expect, it } from 'vitest';
import type { Answers } from '@/rules/answers/answers-schema';
import type { Condition } from '@/rules/pack/pack-schema';
import { holds, MAX_CONDITION_DEPTH } from './conditions';
import { buildPack } from '@test/support/pack-builder';

const pack = buildPack({
  criteria: [{ id: 'c', weight: 1 }],
  questions: [
    { id: 'level', choices: ['none', 'low', 'mid', 'high'], allowUnsure: true },
    { id: 'kinds', kind: 'multi', choices: ['customer', 'operations', 'public'] },
    { id: 'notes', kind: 'text' },
    { id: 'gated', choices: ['no', 'yes'], showIf: { q: 'level', atLeast: 'mid' } },
  ],
  options: [
    { id: 'a', baseline: { c: 5 } },
    { id: 'b', baseline: { c: 5 } },
  ],
});

const unsure = { unsure: true } as const;

describe('holds: leaves', () => {
  it.each<[string, Condition, Answers, boolean]>([
    ['is: equal value', { q: 'level', is: 'mid' }, { level: 'mid' }, true],
    ['is: other value', { q: 'level', is: 'mid' }, { level: 'low' }, false],
    ['is: one of a list', { q: 'level', is: ['low', 'high'] }, { level: 'high' }, true],
    ['is: none of a list', { q: 'level', is: ['low', 'high'] }, { level: 'mid' }, false],
    ['is: unanswered', { q: 'level', is: 'mid' }, {}, false],
    ['is: not sure', { q: 'level', is: 'mid' }, { level: unsure }, false],
    ['atLeast: above', { q: 'level', atLeast: 'mid' }, { level: 'high' }, true],
    ['atLeast: equal', { q: 'level', atLeast: 'mid' }, { level: 'mid' }, true],
    ['atLeast: below', { q: 'level', atLeast: 'mid' }, { level: 'low' }, false],
    ['atLeast: lowest bound always holds when answered', { q: 'level', atLeast: 'none' }, { level: 'none' }, true],
    ['atLeast: not sure', { q: 'level', atLeast: 'none' }, { level: unsure }, false],
    ['atLeast: unanswered', { q: 'level', atLeast: 'none' }, {}, false],
    ['atMost: below', { q: 'level', atMost: 'mid' }, { level: 'none' }, true],
    ['atMost: equal', { q: 'level', atMost: 'mid' }, { level: 'mid' }, true],
    ['atMost: above', { q: 'level', atMost: 'mid' }, { level: 'high' }, false],
    ['atMost: not sure', { q: 'level', atMost: 'high' }, { level: unsure }, false],
    ['atMost: a value outside the choices counts as unanswered', { q: 'level', atMost: 'high' }, { level: 'huge' }, false],
    ['includes: contains', { q: 'kinds', includes: 'public' }, { kinds: ['customer', 'public'] }, true],
    ['includes: does not contain', { q: 'kinds', includes: 'public' }, { kinds: ['customer'] }, false],
    ['includes: list, all contained', { q: 'kinds', includes: ['customer', 'public'] }, { kinds: ['public', 'operations', 'customer'] }, true],
    ['includes: list, one missing', { q: 'kinds', includes: ['customer', 'public'] }, { kinds: ['customer'] }, false],
    ['includes: empty answer', { q: 'kinds', includes: 'public' }, { kinds: [] }, false],
    ['answered: choice', { q: 'level', answered: true }, { level: 'none' }, true],
    ['answered: not sure is not answered', { q: 'level', answered: true }, { level: unsure }, false],
    ['answered: missing', { q: 'level', answered: true }, {}, false],
    ['answered: text', { q: 'notes', answered: true }, { notes: ' x ' }, true],
    ['answered: blank text', { q: 'notes', answered: true }, { notes: '  \n ' }, false],
    ['answered: multi', { q: 'kinds', answered: true }, { kinds: ['public'] }, true],
    ['answered: empty multi', { q: 'kinds', answered: true }, { kinds: [] }, false],
    ['answered false: missing', { q: 'level', answered: false }, {}, true],
    ['answered false: not sure', { q: 'level', answered: false }, { level: unsure }, true],
    ['answered false: answered', { q: 'level', answered: false }, { level: 'low' }, false],
    ['answered false: blank text', { q: 'notes', answered: false }, { notes: '' }, true],
  ])('%s', (_name, condition, answers, expected) => {
    expect(holds(condition, answers, pack)).toBe(expected);
  });
});

describe('holds: hidden questions', () => {
  it.each<[string, Condition, Answers, boolean]>([
    ['a visible answer counts', { q: 'gated', is: 'yes' }, { level: 'high', gated: 'yes' }, true],
    ['the answer of a hidden question is ignored', { q: 'gated', is: 'yes' }, { level: 'low', gated: 'yes' }, false],
    ['answered is false when hidden', { q: 'gated', answered: true }, { level: 'low', gated: 'yes' }, false],
    ['answered false holds when hidden', { q: 'gated', answered: false }, { level: 'low', gated: 'yes' }, true],
    ['not of a hidden leaf holds', { not: { q: 'gated', is: 'yes' } }, { gated: 'yes' }, true],
  ])('%s', (_name, condition, answers, expected) => {
    expect(holds(condition, answers, pack)).toBe(expected);
  });
});

describe('holds: combinators', () => {
  const mid = { q: 'level', is: 'mid' } as const;
  const pub = { q: 'kinds', includes: 'public' } as const;
  it.each<[string, Condition, Answers, boolean]>([
    ['all: every part holds', { all: [mid, pub] }, { level: 'mid', kinds: ['public'] }, true],
    ['all: one part fails', { all: [mid, pub] }, { level: 'mid', kinds: ['customer'] }, false],
    ['any: one part holds', { any: [mid, pub] }, { level: 'low', kinds: ['public'] }, true],
    ['any: no part holds', { any: [mid, pub] }, { level: 'low', kinds: [] }, false],
    ['not: negates a true leaf', { not: mid }, { level: 'mid' }, false],
    ['not: plain negation of a false leaf (unsure)', { not: mid }, { level: unsure }, true],
    ['not not', { not: { not: mid } }, { level: 'mid' }, true],
    ['nested', { any: [{ all: [mid, { not: pub }] }, { q: 'notes', answered: true }] }, { level: 'mid', kinds: ['customer'] }, true],
  ])('%s', (_name, condition, answers, expected) => {
    expect(holds(condition, answers, pack)).toBe(expected);
  });
});

describe('holds: never throws', () => {
  /** `depth` levels: a leaf wrapped in depth − 1 `not`s. */
  const nest = (depth: number, leaf: Condition): Condition => {
    let condition = leaf;
    for (let d = 1; d < depth; d += 1) condition = { not: condition };
    return condition;
  };
  const isTrue: Condition = { q: 'level', answered: false };
  const isFalse: Condition = { q: 'level', answered: true };

  it('evaluates nesting up to the limit', () => {
    expect(holds(nest(MAX_CONDITION_DEPTH - 1, isTrue), {}, pack)).toBe(true);
    expect(holds(nest(MAX_CONDITION_DEPTH, isFalse), {}, pack)).toBe(true);
    expect(holds(nest(MAX_CONDITION_DEPTH, isTrue), {}, pack)).toBe(false);
  });

  it('is false past the nesting limit, whatever the negations would give', () => {
    expect(holds(nest(MAX_CONDITION_DEPTH + 1, isTrue), {}, pack)).toBe(false);
    expect(holds(nest(MAX_CONDITION_DEPTH + 2, isFalse), {}, pack)).toBe(false);
    expect(holds({ all: [isTrue, nest(MAX_CONDITION_DEPTH, isFalse)] }, {}, pack)).toBe(false);
    expect(holds(nest(100_000, isFalse), {}, pack)).toBe(false);
  });

  it('is false, without hanging, for in-memory conditions that share sub-conditions', () => {
    const cycle: { any: Condition[] } = { any: [] };
    cycle.any.push(cycle, cycle);
    expect(holds(cycle, {}, pack)).toBe(false);
    // 30 levels of {all: [c, c]} over one object: 2^30 paths, within the depth limit.
    let doubling: Condition = isTrue;
    for (let d = 0; d < 30; d += 1) doubling = { all: [doubling, doubling] };
    expect(holds(doubling, {}, pack)).toBe(false);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'level'],
    ['an unknown operator', { q: 'level', near: 'mid' }],
    ['all that is not a list', { all: { q: 'level', is: 'mid' } }],
    ['a leaf without q', { is: 'mid' }],
  ])('a malformed condition (%s) is false', (_name, condition) => {
    expect(holds(condition as Condition, { level: 'mid' }, pack)).toBe(false);
  });

  it.each<[string, Condition, boolean]>([
    ['is on an unknown question', { q: 'nope', is: 'mid' }, false],
    ['answered false on an unknown question', { q: 'nope', answered: false }, true],
    ['atLeast with a value that is not a choice', { q: 'level', atLeast: 'huge' }, false],
    ['is on a multi question', { q: 'kinds', is: 'public' }, false],
    ['includes on a choice question', { q: 'level', includes: 'mid' }, false],
  ])('an invalid reference (%s) has a fixed meaning', (_name, condition, expected) => {
    expect(holds(condition, { level: 'mid', kinds: ['public'] }, pack)).toBe(expected);
  });
});
