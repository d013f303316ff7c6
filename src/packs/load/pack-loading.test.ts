import { describe, expect, it } from 'vitest';
import { prepareLanguage } from '@/i18n/messages';
import { defaultPack } from './default-pack';
import { completeBundledPack, loadBundledPack } from './pack-loading';

describe('the bundled pack, one language first', () => {
  it('comes with the texts of the page’s language, and a switch to the other language waits until the pack holds both', async () => {
    const pack = await loadBundledPack('en');
    expect(pack.title).toEqual({ en: defaultPack.title.en });
    expect(pack.sections[0]?.questions[0]?.text.ja).toBeUndefined();
    expect(prepareLanguage('en')).toBeUndefined();

    await prepareLanguage('ja');

    expect(JSON.stringify(pack)).toBe(JSON.stringify(defaultPack));
    expect(await loadBundledPack('ja')).toBe(pack);
    expect(completeBundledPack()).toBeUndefined();
    expect(prepareLanguage('ja')).toBeUndefined();
  });
});
