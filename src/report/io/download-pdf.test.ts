import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { downloadReport as DownloadReport } from './download-pdf';
import { loadJapaneseFontFromDisk } from './node-font';
import { strategyAnswers, strategyPack } from '@test/support/strategy-pack';

/** The browser around the report, stubbed: fetch, Blob URLs and a document with one link. */
function stubBrowser(fontStatus = 200) {
  const link = { href: '', download: '', rel: '', click: vi.fn(), remove: vi.fn() };
  const blobs: Blob[] = [];
  const fetchFont = vi.fn(async (url: URL) => {
    expect(url.pathname).toMatch(/\/fonts\/noto-sans-jp-subset\.ttf$/);
    const body = fontStatus === 200 ? ((await loadJapaneseFontFromDisk()).slice().buffer as ArrayBuffer) : null;
    return new Response(body, { status: fontStatus });
  });
  vi.stubGlobal('fetch', fetchFont);
  vi.stubGlobal('document', { createElement: vi.fn(() => link), body: { append: vi.fn() } });
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:report';
  });
  const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  return { link, blobs, fetchFont, revoke };
}

let downloadReport: typeof DownloadReport;
beforeEach(async () => {
  // A fresh module each time: it keeps the fetched font for the session.
  vi.resetModules();
  ({ downloadReport } = await import('./download-pdf'));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('downloadReport', () => {
  it('downloads an English report without fetching the Japanese font, then revokes the URL', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
    vi.setSystemTime(new Date('2026-11-28T10:00:00Z'));
    const browser = stubBrowser();
    const result = await downloadReport({ pack: strategyPack, answers: strategyAnswers, lang: 'en' });
    expect(result).toEqual({ fileName: expect.stringMatching(/^aperture-report-2026-11-2[89]\.pdf$/), replaced: [] });
    expect(browser.fetchFont).not.toHaveBeenCalled();
    expect(browser.link.download).toBe(result.fileName);
    expect(browser.link.href).toBe('blob:report');
    expect(browser.link.click).toHaveBeenCalledTimes(1);
    const [blob] = browser.blobs;
    expect(blob?.type).toBe('application/pdf');
    expect(new TextDecoder().decode(new Uint8Array(await blob!.arrayBuffer()).subarray(0, 5))).toBe('%PDF-');
    expect(browser.revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(browser.revoke).toHaveBeenCalledWith('blob:report');
  });

  it('fetches the Japanese font from the app for a Japanese report and reports missing characters', async () => {
    const browser = stubBrowser();
    const result = await downloadReport({
      pack: strategyPack,
      answers: strategyAnswers,
      respondent: { name: '\u{2A700}野 太郎' },
      lang: 'ja',
      paper: 'letter',
    });
    expect(browser.fetchFont).toHaveBeenCalledTimes(1);
    expect(result.fileName).toMatch(/^aperture-report-\d{4}-\d{2}-\d{2}-ja\.pdf$/);
    expect(result.replaced).toEqual(['\u{2A700}']);
  });

  it('fetches the font once for several reports', async () => {
    const browser = stubBrowser();
    await downloadReport({ pack: strategyPack, answers: strategyAnswers, lang: 'ja' });
    await downloadReport({ pack: strategyPack, answers: strategyAnswers, lang: 'ja' });
    expect(browser.fetchFont).toHaveBeenCalledTimes(1);
    expect(browser.link.click).toHaveBeenCalledTimes(2);
  });

  it('fails with a coded error when the font cannot be fetched, downloads nothing, and tries again next time', async () => {
    const failing = stubBrowser(404);
    await expect(downloadReport({ pack: strategyPack, answers: strategyAnswers, lang: 'ja' })).rejects.toMatchObject({
      code: 'font-unavailable',
    });
    expect(failing.link.click).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
    const working = stubBrowser();
    await expect(downloadReport({ pack: strategyPack, answers: strategyAnswers, lang: 'ja' })).resolves.toMatchObject({ replaced: [] });
    expect(working.fetchFont).toHaveBeenCalledTimes(1);
  });
});
