import { describe, expect, it } from 'vitest';
import { externalFetches } from './external-urls';

describe('externalFetches', () => {
  it.each([
    ['<script src="https://cdn.example.com/a.js"></script>', 'src/srcset/poster/action attribute'],
    ['createElement("img",{src:"https://tracker.example.com/p.gif"})', 'src/srcset/poster/action attribute'],
    ['<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">', 'link href'],
    ['body{background:url(https://example.com/bg.png)}', 'CSS url()'],
    ['@font-face{src:url("//fonts.example.com/f.woff2")}', 'CSS url()'],
    ['@import "https://example.com/x.css";', 'CSS @import'],
    ['await fetch("https://api.example.com/collect",{method:"POST"})', 'fetch()'],
    ['const m=await import("https://esm.sh/react")', 'import'],
    ['import{x}from"https://esm.sh/y"', 'import'],
    ['new WebSocket(`wss://ws.example.com`)', 'new URL/Request/Worker/WebSocket/EventSource'],
    ['new Worker("https://example.com/w.js")', 'new URL/Request/Worker/WebSocket/EventSource'],
    ['navigator.sendBeacon("https://stats.example.com/b",d)', 'importScripts/sendBeacon/open'],
    ['x.open("POST","https://stats.example.com/b")', 'importScripts/sendBeacon/open'],
    ['var i=`https://cdn.example.com/lib/viewer.min.js`;c.src=i', 'script, style or font file'],
    ['const f={regular:"https://fonts.example.com/inter.woff2?v=4"}', 'script, style or font file'],
  ])('flags %s', (code, context) => {
    expect(externalFetches(code).map((f) => f.context)).toEqual([context]);
  });

  it.each([
    ['createElement("a",{href:"https://www.oecd.org/ai",rel:"noopener"})'],
    ['document.createElementNS("http://www.w3.org/2000/svg","svg")'],
    ['{"id":"osi","url":"https://opensource.org/ai/open-source-ai-definition"}'],
    ['throw Error("Minified React error #1; visit https://react.dev/errors/1")'],
    ['/*! license: https://github.com/parallax/jsPDF */'],
    ['const data=new URL("./font.ttf",import.meta.url)'],
  ])('lets %s through: text, not a request', (code) => {
    expect(externalFetches(code)).toEqual([]);
  });
});
