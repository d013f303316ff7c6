import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { palette } from './palette';

describe('palette', () => {
  const css = readFileSync(new URL('./theme.css', import.meta.url), 'utf8');

  it.each(Object.entries(palette))('theme.css defines --color-%s as %s', (name, hex) => {
    expect(css).toContain(`--color-${name}: ${hex};`);
  });

  it('holds six-digit hex colours only', () => {
    for (const hex of Object.values(palette)) expect(hex).toMatch(/^#[0-9a-f]{6}$/);
  });
});
