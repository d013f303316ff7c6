import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { MemoryStorage } from '@test/fixtures/memory-storage';
import { LANG_KEY } from '@/i18n/initial-lang';
import { holdsStoredRecords, prerenderedLang } from './first-visit';

const storageWith = (items: Record<string, string>) => {
  const storage = new MemoryStorage();
  for (const [key, value] of Object.entries(items)) storage.setItem(key, value);
  return storage;
};

describe('prerenderedLang: whether the page may show the start screen drawn at build time', () => {
  it('shows it on a first visit, in the language chosen earlier or else the browser’s', () => {
    vi.stubGlobal('navigator', { languages: ['en-GB', 'ja'] });
    onTestFinished(() => {
      vi.unstubAllGlobals();
    });
    expect(prerenderedLang(storageWith({}), '')).toBe('en');
    expect(prerenderedLang(storageWith({ [LANG_KEY]: 'ja' }), '')).toBe('ja');
    expect(prerenderedLang(storageWith({ [LANG_KEY]: 'ja', 'other.site': '{}' }), '#main')).toBe('ja');
    vi.stubGlobal('navigator', { languages: ['ja-JP', 'en'] });
    expect(prerenderedLang(storageWith({}), '')).toBe('ja');
    expect(prerenderedLang(storageWith({ [LANG_KEY]: 'en' }), '')).toBe('en');
  });

  it('leaves the first screen to the app when it opens on something else', () => {
    expect(prerenderedLang(storageWith({ 'aperture.app': '{}' }), ''), 'a returning visit').toBeNull();
    expect(prerenderedLang(storageWith({ 'aperture.session.ai-openness': '{}' }), ''), 'answers to resume').toBeNull();
    expect(prerenderedLang(storageWith({ 'aperture.pack': '{}' }), ''), 'a pack of the user’s').toBeNull();
    expect(prerenderedLang(storageWith({}), '#answers=abc'), 'a share link').toBeNull();
    expect(prerenderedLang(storageWith({}), '#answer='), 'an empty share link, which the app explains').toBeNull();
    expect(prerenderedLang(undefined, ''), 'no storage').toBeNull();
  });

  it('reads blocked storage as holding nothing', () => {
    const blocked = new MemoryStorage();
    Object.defineProperty(blocked, 'length', {
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(holdsStoredRecords(blocked)).toBe(false);
  });
});
