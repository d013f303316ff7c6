/**
 * Finds absolute http(s)/ws(s) URLs in built code that the browser would fetch: a script or image
 * source, a CSS `url()` or `@import`, `fetch`, a dynamic or static import, a worker, a socket,
 * a beacon, an XHR; and any script, stylesheet or font file on another host, however the code
 * reaches it. A URL anywhere else (a link's `href`, a namespace such as the SVG one,
 * a source cited by the rules pack, an error message) is text, not a request, and is allowed.
 */
const FETCHING_CONTEXTS: { name: string; before: RegExp }[] = [
  { name: 'src/srcset/poster/action attribute', before: /\b(?:src|srcset|poster|action|formaction)\s*[=:]\s*["'`]?$/i },
  { name: 'link href', before: /<link\b[^>]*\bhref\s*=\s*["']?$/i },
  { name: 'CSS url()', before: /\burl\(\s*["']?$/i },
  { name: 'CSS @import', before: /@import\s+["']?$/i },
  { name: 'fetch()', before: /\bfetch\(\s*["'`]$/ },
  { name: 'import', before: /\bimport\s*(?:\(\s*)?["'`]$|\bfrom\s*["'`]$/ },
  { name: 'new URL/Request/Worker/WebSocket/EventSource', before: /\bnew\s+(?:URL|Request|Worker|SharedWorker|WebSocket|EventSource)\(\s*["'`]$/ },
  { name: 'importScripts/sendBeacon/open', before: /\b(?:importScripts|sendBeacon|open)\(\s*(?:["'`][A-Z]+["'`]\s*,\s*)?["'`]$/ },
];

/** A script, stylesheet or font elsewhere is only ever there to be loaded, whatever the code around it. */
const RESOURCE_FILE = /\.(?:m?js|css|woff2?|ttf|otf)(?:[?#]|$)/i;

export type ExternalFetch = { context: string; url: string; excerpt: string };

/** Every absolute URL in `code` that would be fetched, with the reason it counts as a fetch. */
export function externalFetches(code: string): ExternalFetch[] {
  const found: ExternalFetch[] = [];
  for (const match of code.matchAll(/(?:(?:https?|wss?):)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)<>]*/gi)) {
    const at = match.index;
    const before = code.slice(Math.max(0, at - 80), at);
    const context = FETCHING_CONTEXTS.find((c) => c.before.test(before))?.name ?? (RESOURCE_FILE.test(match[0]) ? 'script, style or font file' : undefined);
    if (context) found.push({ context, url: match[0], excerpt: code.slice(Math.max(0, at - 40), at + match[0].length + 10) });
  }
  return found;
}
