import { fc, test } from '@fast-check/vitest';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { ANSWERS_FORMAT, type AnswersFile } from '@/rules/answers/answers-schema';
import { decodeShareLink, encodeShareLink, linkChecksum, shareLinkPayload } from './share-link';

const file: AnswersFile = {
  format: ANSWERS_FORMAT,
  rules: { id: 'ai-openness', version: '1.0.0' },
  respondent: { name: '山田 花子', role: 'CTO' },
  answers: { 'data.uniqueness': 'high', 'data.kinds': ['customer', 'operations'], 'risk.monitoring': { unsure: true }, 'profile.notes': 'Ünïcode & spaces?#=' },
  savedAt: '2026-11-28T10:00:00.000Z',
};

describe('share links', () => {
  it('round-trips an answers file through a link on the app address', () => {
    const link = encodeShareLink('https://example.org/aperture/', file);
    expect(link.startsWith('https://example.org/aperture/#answers=')).toBe(true);
    expect(decodeShareLink(link)).toEqual({ ok: true, value: file });
  });

  it('replaces a fragment already on the address', () => {
    const link = encodeShareLink('https://example.org/#results', file);
    expect(link.startsWith('https://example.org/#answers=')).toBe(true);
  });

  it('uses only characters that survive in a URL', () => {
    const link = encodeShareLink('https://example.org/', file);
    expect(link.slice(link.indexOf('=') + 1)).toMatch(/^[A-Za-z0-9+\-$]+\.[0-9a-f]{8}$/);
  });

  it('accepts the fragment alone (also mistyped "#answer="), or the bare payload with its checksum, with surrounding spaces', () => {
    const payload = compressToEncodedURIComponent(JSON.stringify(file));
    const checked = `${payload}.${linkChecksum(payload)}`;
    expect(decodeShareLink(`  #answers=${checked}\n`)).toEqual({ ok: true, value: file });
    expect(decodeShareLink(`#answer=${checked}`)).toEqual({ ok: true, value: file });
    expect(decodeShareLink(checked)).toEqual({ ok: true, value: file });
  });

  it('finds the payload the share-link worker reads in whatever was pasted, read there exactly as the whole text would be', () => {
    const link = encodeShareLink('https://example.org/', file);
    const payload = link.slice(link.indexOf('=') + 1);
    expect(shareLinkPayload(`  ${link}\n`)).toBe(payload);
    expect(shareLinkPayload(`#answer=${payload}`)).toBe(payload);
    expect(shareLinkPayload(` ${payload} `)).toBe(payload);
    expect(shareLinkPayload('just some words')).toBe('');
    expect(shareLinkPayload('https://example.org/#answers=')).toBe('');
    for (const text of [link, ` ${payload} `, link.slice(0, 50), 'just some words', 'https://example.org/#answers=%%%', `${link}#answers=x`, payload.slice(0, -9)]) {
      expect(decodeShareLink(`#answers=${shareLinkPayload(text)}`)).toEqual(decodeShareLink(text));
    }
  });

  it('refuses a link made without a checksum as unchecked', () => {
    expect(decodeShareLink(`#answers=${compressToEncodedURIComponent(JSON.stringify(file))}`)).toEqual({ ok: false, problem: 'unchecked' });
  });

  test.prop([fc.nat(), fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$.')])(
    'refuses a link with any one character changed, never reading other answers from it',
    (at, replacement) => {
      const link = encodeShareLink('https://example.org/', file);
      const start = link.indexOf('=') + 1;
      const position = start + (at % (link.length - start));
      fc.pre(link[position] !== replacement);
      const changed = `${link.slice(0, position)}${replacement}${link.slice(position + 1)}`;
      expect(decodeShareLink(changed).ok).toBe(false);
    },
  );

  it.each([
    ['an address without answers', 'https://example.org/', 'no-answers'],
    ['an empty text', '   ', 'no-answers'],
    ['an empty fragment', 'https://example.org/#answers=', 'no-answers'],
    ['a damaged payload', 'https://example.org/#answers=%%%', 'not-decodable'],
    ['a payload that is not JSON', `#answers=${compressToEncodedURIComponent('{not json')}.${linkChecksum(compressToEncodedURIComponent('{not json'))}`, 'not-json'],
  ])('refuses %s', (_, text, problem) => {
    expect(decodeShareLink(text)).toEqual({ ok: false, problem });
  });

  test.prop([fc.string()])('never throws, whatever is pasted', (text) => {
    const result = decodeShareLink(text);
    expect(typeof result.ok).toBe('boolean');
  });

  test.prop([fc.dictionary(fc.string({ maxLength: 20 }), fc.oneof(fc.string(), fc.array(fc.string()), fc.constant({ unsure: true as const })))])(
    'round-trips any answers',
    (answers) => {
      const any: AnswersFile = { ...file, answers };
      expect(decodeShareLink(encodeShareLink('http://127.0.0.1:4173/', any))).toEqual({ ok: true, value: any });
    },
  );
});
