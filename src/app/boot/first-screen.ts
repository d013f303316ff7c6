import './zod-without-eval';
import { browserStorage } from '@/lib/storage/browser-storage';
import { keepPrerenderedScreen, showPrerenderedScreen } from './prerendered-screen';

/**
 * The page's classic script, at the end of index.html's body (built on its own by
 * build/first-screen.ts): it runs as soon as the page's markup has been read and the script has
 * arrived, before every module script (the browser may paint the blank page while it downloads).
 * It configures zod for the page's CSP, then shows the start screen drawn at build time when this
 * visit opens on it. No module of the app imports this file.
 */
keepPrerenderedScreen(window, showPrerenderedScreen(document, browserStorage(), location.hash));
