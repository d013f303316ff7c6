import type { FoundParams, PackProblemBody } from './pack-problem';

/**
 * Puts a pack problem (its code and parameters) into words in the language of `t`, through the
 * `packProblems` texts (src/i18n/locales/{en,ja}/pack-problems.json): the only words there are for
 * them. With the English texts it gives the CLI's lines (`packProblemLine`, src/cli); with the
 * user's language, the app's. The place in the file (`problem.path`) is not part of the text: the
 * caller shows it.
 */

/** A translate function for `packProblems.*` keys; kept as a parameter so the rules stay free of UI code. */
export type PackProblemTranslate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/** The code whose text is a schema's own message as it is, with a note that it is in English. */
export const FALLBACK_CODE = 'other' satisfies PackProblemBody['code'];

const CAMEL = /-([a-z])/g;
const camel = (code: string) => code.replace(CAMEL, (_, c: string) => c.toUpperCase());

/**
 * Values arrive JSON-quoted (`"hgh"`); the texts quote them in each language's own way. What is
 * inside the quotes stays escaped as in the file (`a\nb`), so no value breaks a line.
 */
function unquote(value: string | number | undefined): string {
  if (typeof value !== 'string') return String(value ?? '');
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}

/** Large limits are written with grouped digits (1,000,000), as both languages write them. */
const GROUPED = new Intl.NumberFormat('en');

const QUOTED = new Set(['value', 'id', 'field', 'key', 'criterion']);
/** Lists (`a, b, c`) are joined the way each language writes them. */
const LISTS = new Set(['choices', 'known']);

/** Puts one pack problem into words (one line, without its place in the file). */
export function describePackProblem(problem: PackProblemBody, t: PackProblemTranslate): string {
  const p: Readonly<Record<string, string | number | undefined>> = problem.params;
  const params: Record<string, string | number> = {};
  const separator = t('packProblems.listSeparator');
  for (const [name, value] of Object.entries(p)) {
    if (value === undefined) continue;
    params[name] = QUOTED.has(name) ? unquote(value) : typeof value === 'string' && LISTS.has(name) ? value
            .split(', ')
            .map((item) => (item.length >= 2 && item.startsWith('"') ? t('packProblems.quoted', { value: unquote(item) }) : item))
            .join(separator) : value;
  }
  if (typeof p.tests === 'string') params.tests = p.tests.split(', ').join(t('packProblems.and'));
  const text = (key: string, extra: Record<string, string | number> = {}) => t(`packProblems.${key}`, { ...params, ...extra });
  const found = (f: Partial<FoundParams>) => t(`packProblems.found.${f.foundKind ?? 'other'}`, { value: unquote(f.found), type: String(f.found ?? '') });
  const guess = (base: string, aside = false) =>
    base + (p.suggestion ? t(aside ? 'packProblems.didYouMeanAside' : 'packProblems.didYouMean', { suggestion: String(p.suggestion) }) : '');
  switch (problem.code) {
    case 'not-a-condition': {
      const f = problem.params;
      return guess(text('notACondition', { found: f.foundKind === undefined ? '' : t('packProblems.foundSuffix', { found: found(f) }) }), true);
    }
    case 'not-a-pack':
    case 'no-allowed-form':
    case 'invalid':
      return text(camel(problem.code), { found: found(problem.params) });
    case 'wrong-type':
    case 'missing-field': {
      const { expected, type } = problem.params;
      return text(camel(problem.code), { found: 'foundKind' in problem.params ? found(problem.params) : '', expected: t(`packProblems.expected.${expected}`, { type }) });
    }
    case 'not-one-of':
      return 'foundKind' in problem.params ? text('notOneOfFound', { found: found(problem.params) }) : text('notOneOf');
    case 'wrong-value':
      return text('wrongValue', { found: found(problem.params), expected: unquote(problem.params.expected) });
    case 'out-of-range':
      return text('outOfRange', { found: found(problem.params), bound: t(`packProblems.bound.${problem.params.bound}`, { limit: problem.params.limit }) });
    case 'too-large':
      return text('tooLarge', { limit: GROUPED.format(problem.params.limit) });
    case 'missing-language':
    case 'empty-language':
      return text(camel(problem.code), { lang: t(`packProblems.lang.${problem.params.lang}`) });
    case 'not-json':
      return text('notJson', { reason: t(`packProblems.json.${problem.params.reason}`) });
    case 'unknown-field': {
      const { hint, suggestion } = problem.params;
      return text('unknownField', { hint: hint === 'none' ? '' : t(`packProblems.hint.${hint}`, { suggestion }) });
    }
    case 'duplicate-id':
      return text(problem.params.question ? 'duplicateChoice' : 'duplicateId', { what: t(`packProblems.what.${problem.params.what}`) });
    case 'unknown-reference': {
      const kind = t(`packProblems.kind.${problem.params.kind}`);
      return problem.params.suggestion ? guess(text('unknownReference', { kind }), true) : text('unknownReferenceKnown', { kind });
    }
    case 'unknown-question':
      return guess(text('unknownQuestion'), true);
    case 'not-a-choice':
      return guess(text('notAChoice'));
    case 'too-few-items':
    case 'too-many-items':
      return text(camel(problem.code), { items: t(problem.params.limit === 1 ? 'packProblems.item' : 'packProblems.items') });
    case 'actionable-not-choice':
    case 'weight-from-not-choice':
    case 'needs-choice-question':
      return text(camel(problem.code), { kind: t(`packProblems.qkind.${problem.params.kind}`) });
    case 'wrong-test': {
      const { operator, kind } = problem.params;
      return text(operator === 'includes' ? 'wrongTestIncludes' : kind === 'multi' ? 'wrongTestMulti' : 'wrongTestChoice', { kind: t(`packProblems.qkind.${kind}`) });
    }
    case FALLBACK_CODE:
      return text('other');
    default:
      return text(camel(problem.code));
  }
}
