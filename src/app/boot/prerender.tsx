import { renderToString } from 'react-dom/server';
import { prepareLanguage, type Lang } from '@/i18n/messages';
import { translator } from '@/i18n/t';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import type { DrawnNotice } from './prerendered-screen';
import { bootPacks } from '@/packs/load/pack-boot';
import { loadBundledPack } from '@/packs/load/pack-loading';
import { App } from '../app';

/**
 * The start screen of a first visit, drawn in Node when the app is built: its markup, the page's
 * title, and its notices (prerendered-screen.ts): the status shown in a corner of the window when a
 * click on it waits for the app, and the alert shown when the app's code could not be downloaded.
 */
export type DrawnScreen = { lang: Lang; title: string; html: string; notices: string };

/** React puts a screen's `<title>` first in the markup it renders; the page's title is set apart (first-screen.ts). */
const TITLE = /<title>([^<]*)<\/title>/;

/** The five characters React escapes in text, back as they are (the title becomes an attribute, which the build escapes). */
const ESCAPED: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'" };
const unescapeText = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#x27);/g, (entity) => ESCAPED[entity] ?? entity);

/** The notices of the drawn screen, as the app shows its own news, in a corner of the window (data-notice: `DrawnNotice`). */
function DrawnNotices({ lang }: { lang: Lang }) {
  const t = translator(lang);
  return (
    <>
      <div className="app-toast" data-notice={'waiting' satisfies DrawnNotice}>
        <Alert tone="info" role="status">
          <p>{t('common.packLoading')}</p>
        </Alert>
      </div>
      <div className="app-toast" data-notice={'failed' satisfies DrawnNotice}>
        <Alert tone="error" role="alert" title={t('common.packFailed.title')}>
          <p>{t('common.packFailed.body')}</p>
          <div className="actions">
            <Button>{t('common.packFailed.retry')}</Button>
          </div>
        </Alert>
      </div>
    </>
  );
}

/**
 * Draws the start screen of a first visit in `lang` as main.tsx renders it in the browser (the
 * bundled pack, nothing stored, the texts of that language), for index.html (build/first-screen.ts).
 * The browser's first render must produce the same markup: the app then takes it over (hydration).
 */
export async function drawStartScreen(lang: Lang): Promise<DrawnScreen> {
  await Promise.all([prepareLanguage(lang), loadBundledPack(lang)]);
  const boot = await bootPacks(undefined, lang);
  const markup = renderToString(<App storage={undefined} lang={lang} first={{ ready: boot }} />);
  const title = TITLE.exec(markup)?.[1];
  if (title === undefined) throw new Error(`The ${lang} start screen has no title.`);
  return { lang, title: unescapeText(title), html: markup.replace(TITLE, ''), notices: renderToString(<DrawnNotices lang={lang} />) };
}
