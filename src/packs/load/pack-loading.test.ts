import { describe, expect, it } from 'vitest';
import { prepareLanguage } from '@/i18n/messages';
import { holdsRules } from '@/lib/pack/pack-rules';
import { defaultPack } from './default-pack';
import { completeBundledPack, loadBundledPack } from './pack-loading';

describe('the bundled pack, its questions in one language first', () => {
  it('comes with the questions in the page’s language; the rules follow, and a switch to the other language waits until the pack holds both', async () => {
    const pack = await loadBundledPack('en');
    expect(pack.title).toEqual({ en: defaultPack.title.en });
    expect(pack.sections[0]?.questions[0]?.text.ja).toBeUndefined();
    expect(holdsRules(pack)).toBe(false);
    expect(() => pack.rules).toThrow(/have not arrived yet/);
    expect(prepareLanguage('en')).toBeUndefined();

    await prepareLanguage('ja');

    expect(holdsRules(pack)).toBe(true);
    expect(JSON.parse(JSON.stringify(pack))).toEqual(defaultPack);
    expect(await loadBundledPack('ja')).toBe(pack);
    expect(completeBundledPack()).toBeUndefined();
    expect(prepareLanguage('ja')).toBeUndefined();
  });
});
