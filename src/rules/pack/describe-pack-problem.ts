import type { PackProblem } from './load-pack';

/**
 * Puts a pack problem (its code and parameters) into words in the language of `t`, through the
 * `packProblems` texts (src/i18n/locales/{en,ja}/pack-problems.json). The place in the file
 * (`problem.path`) is not part of the text: the caller shows it.
 */

/** A translate function for `packProblems.*` keys; kept as a parameter so the rules stay free of UI code. */
export type PackProblemTranslate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/** Codes whose text is the English line itself with a note that it is in English. */
export const FALLBACK_CODE = 'other';

const CAMEL = /-([a-z])/g;
const camel = (code: string) => code.replace(CAMEL, (_, c: string) => c.toUpperCase());

/** Values arrive JSON-quoted (`"hgh"`); the texts quote them in each language's own way. */
function unquote(value: string | number | undefined): string {
  if (typeof value !== 'string') return String(value ?? '');
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    try {
      return String(JSON.parse(value));
    } catch {
      return value.slice(1, -1);
    }
  }
  return value;
}

const QUOTED = new Set(['value', 'id', 'field', 'key', 'criterion']);
/** Lists (`a, b, c`) are joined the way each language writes them. */
const LISTS = new Set(['choices', 'known']);

/** Puts one pack problem into words (one line, without its place in the file). */
export function describePackProblem(problem: Pick<PackProblem, 'code' | 'params'>, t: PackProblemTranslate): string {
  const p = problem.params;
  const params: Record<string, string | number> = {};
  const separator = t('packProblems.listSeparator');
  for (const [name, value] of Object.entries(p)) {
    params[name] = QUOTED.has(name) ? unquote(value) : typeof value === 'string' && LISTS.has(name) ? value
            .split(', ')
            .map((item) => (item.length >= 2 && item.startsWith('"') ? t('packProblems.quoted', { value: unquote(item) }) : item))
            .join(separator) : value;
  }
  if (typeof p.tests === 'string') params.tests = p.tests.split(', ').join(t('packProblems.and'));
  const text = (key: string, extra: Record<string, string | number> = {}) => t(`packProblems.${key}`, { ...params, ...extra });
  const found = () => t(`packProblems.found.${String(p.foundKind ?? 'other')}`, { value: unquote(p.found), type: String(p.found ?? '') });
  const guess = (base: string, aside = false) =>
    base + (p.suggestion ? t(aside ? 'packProblems.didYouMeanAside' : 'packProblems.didYouMean', { suggestion: String(p.suggestion) }) : '');
  switch (problem.code) {
    case 'not-a-condition':
      return guess(text('notACondition', { found: p.foundKind === undefined ? '' : t('packProblems.foundSuffix', { found: found() }) }), true);
    case 'not-a-pack':
    case 'no-allowed-form':
    case 'invalid':
      return guess(text(camel(problem.code), { found: p.foundKind === undefined ? '' : found() }));
    case 'wrong-type':
    case 'missing-field':
      return text(camel(problem.code), { found: found(), expected: t(`packProblems.expected.${String(p.expected)}`, { type: String(p.type ?? '') }) });
    case 'wrong-value':
      return text('wrongValue', { found: found(), expected: unquote(p.expected) });
    case 'out-of-range':
      return text('outOfRange', { found: found(), bound: t(`packProblems.bound.${String(p.bound)}`, { limit: p.limit ?? '' }) });
    case 'missing-language':
    case 'empty-language':
      return text(camel(problem.code), { lang: t(`packProblems.lang.${String(p.lang)}`) });
    case 'not-json':
      return text('notJson', { reason: t(`packProblems.json.${String(p.reason)}`) });
    case 'unknown-field': {
      const hint = p.hint && p.hint !== 'none' ? t(`packProblems.hint.${String(p.hint)}`, { suggestion: String(p.suggestion ?? '') }) : '';
      return text('unknownField', { hint });
    }
    case 'duplicate-id':
      return text(p.question ? 'duplicateChoice' : 'duplicateId', { what: t(`packProblems.what.${String(p.what)}`) });
    case 'unknown-reference':
      return p.suggestion ? guess(text('unknownReference', { kind: t(`packProblems.kind.${String(p.kind)}`) }), true) : text('unknownReferenceKnown', { kind: t(`packProblems.kind.${String(p.kind)}`) });
    case 'unknown-question':
      return guess(text('unknownQuestion'), true);
    case 'not-a-choice':
      return guess(text('notAChoice'));
    case 'too-few-items':
    case 'too-many-items':
      return text(camel(problem.code), { items: t(p.limit === 1 ? 'packProblems.item' : 'packProblems.items') });
    case 'actionable-not-choice':
      return text('actionableNotChoice', { kind: t(`packProblems.qkind.${String(p.kind)}`) });
    case 'weight-from-not-choice':
      return text('weightFromNotChoice', { kind: t(`packProblems.qkind.${String(p.kind)}`) });
    case 'needs-choice-question':
      return text('needsChoiceQuestion', { kind: t(`packProblems.qkind.${String(p.kind)}`) });
    case 'wrong-test':
      return text(p.operator === 'includes' ? 'wrongTestIncludes' : p.kind === 'multi' ? 'wrongTestMulti' : 'wrongTestChoice', {
        kind: t(`packProblems.qkind.${String(p.kind)}`),
      });
    case FALLBACK_CODE:
      return text('other');
    default:
      return text(camel(problem.code));
  }
}
