import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LanguageProvider } from '@/i18n/language-context';
import type { PackIndex } from '@/engine/conditions/visibility';
import { SourceRef } from './source-ref';

describe('SourceRef', () => {
  it('inserts a citation as data: braces in it never change the sentence, and its direction is isolated', () => {
    const index = { sources: new Map([['s1', { id: 's1', citation: 'Smith (2024) {link} page 7 \u202Eevil', url: 'https://example.org/a' }]]) } as unknown as PackIndex;
    const { container } = render(
      <LanguageProvider initial="en">
        <SourceRef index={index} id="s1" />
      </LanguageProvider>,
    );
    const text = container.textContent ?? '';
    expect(text).toContain('Smith (2024) {link} page 7');
    expect(text.trim().endsWith(')')).toBe(true);
    expect(container.querySelectorAll('a')).toHaveLength(1);
    expect(container.querySelector('bdi')?.textContent).toContain('Smith (2024) {link} page 7');
  });
});
