import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { isQuestionVisible, packIndex } from '@/engine/conditions/visibility';
import { rankOptions } from '@/engine/score/score';
import { parsePackJson } from '@/rules/pack/load-pack';
import { holdsRules, packAwaitingRules, RULE_KEYS, rulesOf, splitPackRules, wholePack, type PackRules } from './pack-rules';

const loaded = parsePackJson(readFileSync('rules/ai-openness.json', 'utf8'), { file: 'rules/ai-openness.json' });
if (!loaded.ok) throw new Error('the bundled pack does not load');
const whole = loaded.pack;

/** The bundled pack's two parts as the browser receives them (through JSON). */
function parts() {
  return JSON.parse(JSON.stringify(splitPackRules(whole))) as ReturnType<typeof splitPackRules>;
}

describe('a pack whose rules are on their way', () => {
  it('answers questions at once, and refuses to be read for scoring until its rules have arrived', () => {
    const { questions, rules } = parts();
    const pack = packAwaitingRules(questions, () => Promise.resolve(rules));
    expect(holdsRules(pack)).toBe(false);
    expect(pack.sections).toBe(questions.sections);
    expect(isQuestionVisible(pack, {}, 'profile.size')).toBe(true);
    expect(packIndex(pack).questionList.length).toBeGreaterThan(20);
    for (const key of RULE_KEYS) expect(() => pack[key]).toThrow(`The rules of pack "${whole.id}" have not arrived yet (reading "${key}")`);
    expect(() => packIndex(pack).rules).toThrow(/have not arrived yet/);
    expect(() => rankOptions(pack, {})).toThrow(/have not arrived yet/);
    // Nor can it be sent to a worker or written out without them.
    expect(() => structuredClone(pack)).toThrow(/have not arrived yet/);
    expect(() => JSON.stringify(pack)).toThrow(/have not arrived yet/);
  });

  it('fetches its rules once, on the first wait, and then scores exactly as the whole pack does', async () => {
    const { questions, rules } = parts();
    const load = vi.fn(() => Promise.resolve(rules));
    const pack = packAwaitingRules(questions, load);
    // The questions were indexed before the rules came: the index reads them afresh once they are there.
    expect(packIndex(pack).questions.size).toBeGreaterThan(20);
    expect(load).not.toHaveBeenCalled();

    const [first, second] = await Promise.all([wholePack(pack), wholePack(pack)]);
    expect(first).toBe(pack);
    expect(second).toBe(pack);
    expect(load).toHaveBeenCalledTimes(1);
    expect(holdsRules(pack)).toBe(true);
    expect(packIndex(pack).rules.size).toBe(whole.rules.length);
    expect(JSON.parse(JSON.stringify(pack))).toEqual(JSON.parse(JSON.stringify(whole)));
    const answers = { 'profile.size': '5000-plus', 'risk.misuse': 'high' };
    expect(rankOptions(pack, answers)).toEqual(rankOptions(whole, answers));
    expect(rulesOf(pack)).toEqual(rules);
    await wholePack(pack);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries a failed download of its rules again on the next wait, and stays unreadable meanwhile', async () => {
    const { questions, rules } = parts();
    const load = vi.fn<() => Promise<PackRules>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(rules);
    const pack = packAwaitingRules(questions, load);
    await expect(wholePack(pack)).rejects.toThrow('offline');
    expect(holdsRules(pack)).toBe(false);
    expect(() => pack.options).toThrow(/have not arrived yet/);

    await wholePack(pack);
    expect(load).toHaveBeenCalledTimes(2);
    expect(pack.options).toEqual(whole.options);
  });

  it('leaves out a part the rules do not have, and a pack that came whole never waits', async () => {
    const { questions, rules } = parts();
    const { expectations: _left, ...without } = rules;
    const pack = await wholePack(packAwaitingRules(questions, () => Promise.resolve(without)));
    expect(Object.hasOwn(pack, 'expectations')).toBe(false);
    expect(holdsRules(whole)).toBe(true);
    expect(await wholePack(whole)).toBe(whole);
  });
});
