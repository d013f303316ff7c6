/**
 * Test helper: a Testing Library text matcher for a sentence whose inserted values sit in their own
 * <bdi> (see isolate.tsx): the deepest element whose whole text is `expected`.
 */
export function withText(expected: string | RegExp): (content: string, element: Element | null) => boolean {
  const matches = (element: Element | null) => element !== null && (typeof expected === 'string' ? element.textContent === expected : expected.test(element.textContent ?? ''));
  return (_content, element) => matches(element) && !Array.from(element?.children ?? []).some(matches);
}
