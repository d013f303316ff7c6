import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatBundle, htmlAssets, INITIAL_BUDGET_BYTES, measureBundle, staticImports, stepGzip } from './bundle-size';

describe('htmlAssets', () => {
  it('takes module scripts, stylesheets and modulepreloads, not icons or other hosts', () => {
    const html = `<head>
      <link rel="icon" href="/favicon.svg">
      <script type="module" crossorigin src="/assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/react-b.js">
      <link rel="stylesheet" crossorigin href="/assets/index-c.css">
      <link rel="stylesheet" href="https://example.com/x.css">
      <script src="data:text/javascript,1"></script>
    </head>`;
    expect(htmlAssets(html)).toEqual(['assets/index-a.js', 'assets/react-b.js', 'assets/index-c.css']);
  });

  it('reads URLs relative to the page (a build hostable under any path) as the same files', () => {
    const html = `<script type="module" src="./assets/index-a.js"></script><link rel="modulepreload" href="./assets/react-b.js"><script src="./assets/config.js"></script>`;
    expect(htmlAssets(html)).toEqual(['assets/index-a.js', 'assets/react-b.js', 'assets/config.js']);
  });
});

describe('staticImports', () => {
  it.each([
    ['import{t as e}from"./index-a.js";', ['./index-a.js']],
    ['import"./side-b.js";import*as n from"./ns-c.js";', ['./side-b.js', './ns-c.js']],
    ['import React from "../vendor/react.js"', ['../vendor/react.js']],
    ['export{a as b}from"./re-d.js";export*from"./all-e.js"', ['./re-d.js', './all-e.js']],
  ])('finds the static imports in %s', (code, expected) => {
    expect(staticImports(code)).toEqual(expected);
  });

  it.each([
    ['let m=await o(()=>import(`./lazy-a.js`),[]);'],
    ['const u=import.meta.url;x.import("./not-a-module.js")'],
    ['import{x}from"react"'],
  ])('ignores dynamic imports and bare specifiers in %s', (code) => {
    expect(staticImports(code)).toEqual([]);
  });
});

describe('measureBundle', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('follows static imports from the entry and counts the rest as lazy', () => {
    dir = mkdtempSync(join(tmpdir(), 'bundle-size-'));
    mkdirSync(join(dir, 'assets'));
    const files: Record<string, string> = {
      'index.html': '<script type="module" src="/assets/index.js"></script><link rel="stylesheet" href="/assets/index.css">',
      'assets/index.js': 'import{a}from"./shared.js";const l=()=>import(`./lazy.js`);'.repeat(20),
      'assets/shared.js': 'import"./deep.js";export const a=1;',
      'assets/deep.js': 'export const d=2;',
      'assets/lazy.js': 'import{a}from"./shared.js";export const z=a;',
      'assets/index.css': 'body{color:red}',
      'assets/noto-sans-jp.ttf': 'font bytes',
    };
    for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);

    const sizes = measureBundle(dir);

    expect(sizes.initial.map((a) => a.file).sort()).toEqual(['assets/deep.js', 'assets/index.css', 'assets/index.js', 'assets/shared.js']);
    expect(sizes.lazy.map((a) => [a.file, a.kind]).sort()).toEqual([
      ['assets/lazy.js', 'js'],
      ['assets/noto-sans-jp.ttf', 'font'],
    ]);
    expect(sizes.initialGzip).toBe(sizes.initial.reduce((total, a) => total + a.gzipBytes, 0));
    const index = sizes.initial.find((a) => a.file === 'assets/index.js');
    expect(index?.bytes).toBe(files['assets/index.js']?.length);
    expect(index?.gzipBytes).toBeLessThan(index?.bytes ?? 0);
    expect(sizes.budget).toBe(INITIAL_BUDGET_BYTES);
    expect(formatBundle(sizes)).toMatch(/lazy \(gzip [\d.]+ KB in all\):\n.*noto-sans-jp\.ttf/s);
  });
});

describe('stepGzip', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('counts the named chunks with their static imports and the named data files, not other lazy files', () => {
    dir = mkdtempSync(join(tmpdir(), 'step-gzip-'));
    mkdirSync(join(dir, 'assets'));
    const files: Record<string, string> = {
      'index.html': '<script type="module" src="/assets/index-a.js"></script>',
      'assets/index-a.js': 'const l=()=>import(`./section-b.js`);',
      'assets/section-b.js': 'import"./form-c.js";export const s=1;',
      'assets/form-c.js': 'export const f=2;',
      'assets/pack-en-d.json': JSON.stringify({ title: { en: 'A pack' } }),
      'assets/pack-ja-e.json': JSON.stringify({ title: { ja: 'パック' } }),
      'assets/results-f.js': 'export const r=3;',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const step = stepGzip(dir, measureBundle(dir), ['section', 'pack-en']);
    expect(step.files.sort()).toEqual(['assets/form-c.js', 'assets/index-a.js', 'assets/pack-en-d.json', 'assets/section-b.js']);
    expect(step.gzip).toBeGreaterThan(0);
  });
});

