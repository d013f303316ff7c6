import { conditionProblems, type QuestionEntry } from './condition-checks';
import type { Pack } from './pack-schema';
import { formatPath, quote, type PathPart } from '../problem-line';
import type { PathProblem } from '../schema-problems';
import type { DuplicateWhat, ReferenceKind } from './pack-problem';
import { createSuggest, listOf, type Suggest } from './suggest';

/** Cross-reference checks of a pack whose shape is valid: everything a schema cannot say. */

type Item = { id: string; path: PathPart[] };

/** `what` names the id; `question` is the question whose choice values these are, if they are. */
function duplicates(what: DuplicateWhat, items: readonly Item[], question = ''): PathProblem[] {
  const first = new Map<string, Item>();
  const out: PathProblem[] = [];
  for (const item of items) {
    const earlier = first.get(item.id);
    if (earlier) {
      out.push({ path: item.path, code: 'duplicate-id', params: { what, id: quote(item.id), question, first: formatPath(earlier.path) } });
    }
    else first.set(item.id, item);
  }
  return out;
}

function missing(suggest: Suggest, kind: ReferenceKind, id: string, known: ReadonlySet<string>, path: PathPart[]): PathProblem[] {
  if (known.has(id)) return [];
  const guess = suggest.closest(id, known, kind);
  return [{ path, code: 'unknown-reference', params: { kind, id: quote(id), suggestion: guess ?? '', known: guess ? '' : listOf(known) } }];
}

function questionEntries(pack: Pack): { entries: Map<string, QuestionEntry>; items: Item[] } {
  const entries = new Map<string, QuestionEntry>();
  const items: Item[] = [];
  pack.sections.forEach((section, s) =>
    section.questions.forEach((question, q) => {
      items.push({ id: question.id, path: ['sections', s, 'questions', q, 'id'] });
      if (!entries.has(question.id)) entries.set(question.id, { question, order: items.length - 1 });
    }),
  );
  return { entries, items };
}

function uniqueIds(pack: Pack, questionItems: Item[]): PathProblem[] {
  const ids = <T extends { id: string }>(list: readonly T[], field: string): Item[] => list.map((x, i) => ({ id: x.id, path: [field, i, 'id'] }));
  const choices = pack.sections.flatMap((section, s) =>
    section.questions.flatMap((question, q) =>
      question.kind === 'text'
        ? []
        : duplicates('choice-value', question.choices.map((c, k) => ({ id: c.value, path: ['sections', s, 'questions', q, 'choices', k, 'value'] })), question.id),
    ),
  );
  return [
    ...duplicates('source-id', ids(pack.sources, 'sources')),
    ...duplicates('criterion-id', ids(pack.criteria, 'criteria')),
    ...duplicates('section-id', ids(pack.sections, 'sections')),
    ...duplicates('question-id', questionItems),
    ...choices,
    ...duplicates('option-id', ids(pack.options, 'options')),
    ...duplicates('rule-id', ids(pack.rules, 'rules')),
    ...duplicates('guard-id', ids(pack.guards, 'guards')),
  ];
}

function criterionProblems(pack: Pack, entries: Map<string, QuestionEntry>, suggest: Suggest): PathProblem[] {
  const questionIds = new Set(entries.keys());
  return pack.criteria.flatMap((criterion, c) => {
    const from = criterion.weightFrom;
    if (!from) return [];
    const path: PathPart[] = ['criteria', c, 'weightFrom'];
    const entry = entries.get(from.question);
    if (!entry) return missing(suggest, 'question', from.question, questionIds, [...path, 'question']);
    const { question } = entry;
    if (question.kind !== 'choice') {
      return [{ path: [...path, 'question'], code: 'weight-from-not-choice', params: { question: question.id, kind: question.kind } }];
    }
    const choices = question.choices.map((x) => x.value);
    const choiceSet = new Set(choices);
    const mapped = Object.keys(from.weights);
    const mappedSet = new Set(mapped);
    return [
      ...choices
        .filter((v) => !mappedSet.has(v))
        .map((v): PathProblem => ({ path: [...path, 'weights'], code: 'no-weight', params: { value: quote(v), question: question.id } })),
      ...mapped
        .filter((v) => !choiceSet.has(v))
        .map((v): PathProblem => ({ path: [...path, 'weights', v], code: 'not-a-choice', params: { value: quote(v), question: question.id, choices: listOf(choices), suggestion: '' } })),
    ];
  });
}

/** An `actionable` mark: a choice question, a horizon for every step and none for the starting choice, actions that exist. */
function actionableProblems(pack: Pack, question: Pack['sections'][number]['questions'][number], path: PathPart[], suggest: Suggest): PathProblem[] {
  const mark = question.actionable;
  if (!mark) return [];
  const at: PathPart[] = [...path, 'actionable'];
  if (question.kind !== 'choice') {
    return [{ path: at, code: 'actionable-not-choice', params: { question: question.id, kind: question.kind } }];
  }
  const choices = question.choices.map((c) => c.value);
  const start = mark.direction === 'up' ? choices[0] : choices[choices.length - 1];
  const named = Object.keys(mark.steps);
  const actionProblems = (mark.actions ?? []).flatMap((ref, i): PathProblem[] => {
    const option = pack.options.find((o) => o.id === ref.option);
    if (!option) return missing(suggest, 'option', ref.option, new Set(pack.options.map((o) => o.id)), [...at, 'actions', i, 'option']);
    if (ref.action < option.actions.length) return [];
    return [{ path: [...at, 'actions', i, 'action'], code: 'unknown-action', params: { option: ref.option, action: ref.action, last: option.actions.length - 1 } }];
  });
  return [
    ...choices
      .filter((v) => v !== start && !named.includes(v))
      .map((v): PathProblem => ({ path: [...at, 'steps'], code: 'no-step', params: { value: quote(v), question: question.id, start: start ?? '' } })),
    ...named.flatMap((v): PathProblem[] => {
      if (!choices.includes(v)) return [{ path: [...at, 'steps', v], code: 'not-a-choice', params: { value: quote(v), question: question.id, choices: listOf(choices), suggestion: '' } }];
      if (v === start) return [{ path: [...at, 'steps', v], code: 'step-to-start', params: { value: quote(v), direction: mark.direction } }];
      return [];
    }),
    ...actionProblems,
  ];
}

function optionProblems(pack: Pack, criteria: ReadonlySet<string>, suggest: Suggest): PathProblem[] {
  return pack.options.flatMap((option, o) => {
    const named = Object.keys(option.baseline);
    const namedSet = new Set(named);
    return [
      ...[...criteria]
        .filter((c) => !namedSet.has(c))
        .map((c): PathProblem => ({ path: ['options', o, 'baseline'], code: 'no-baseline', params: { criterion: quote(c) } })),
      ...named.filter((c) => !criteria.has(c)).flatMap((c) => missing(suggest, 'criterion', c, criteria, ['options', o, 'baseline', c])),
    ];
  });
}

function choiceQuestion(suggest: Suggest, id: string, entries: Map<string, QuestionEntry>, path: PathPart[]): PathProblem[] {
  const entry = entries.get(id);
  if (!entry) return missing(suggest, 'question', id, new Set(entries.keys()), path);
  const { question } = entry;
  if (question.kind === 'choice') return [];
  return [{ path, code: 'needs-choice-question', params: { question: question.id, kind: question.kind } }];
}

function caseAnswerProblems(suggest: Suggest, answers: Readonly<Record<string, unknown>>, entries: Map<string, QuestionEntry>, path: PathPart[]): PathProblem[] {
  return Object.entries(answers).flatMap(([id, value]) => {
    const entry = entries.get(id);
    if (!entry) return missing(suggest, 'question', id, new Set(entries.keys()), [...path, id]);
    const { question } = entry;
    if (question.kind === 'text' || typeof value === 'object' && !Array.isArray(value)) return [];
    const choices = question.choices.map((c) => c.value);
    const values = Array.isArray(value) ? value : [value];
    return values
      .filter((v): v is string => typeof v === 'string' && !choices.includes(v))
      .map((v): PathProblem => {
        const suggestion = suggest.closest(v, choices, 'choice') ?? '';
        return { path: [...path, id], code: 'not-a-choice', params: { value: quote(v), question: question.id, choices: listOf(choices), suggestion } };
      });
  });
}

function expectationProblems(suggest: Suggest, pack: Pack, entries: Map<string, QuestionEntry>, options: ReadonlySet<string>): PathProblem[] {
  const decisive = (pack.decisive ?? []).flatMap((id, i) => (entries.has(id) ? [] : missing(suggest, 'question', id, new Set(entries.keys()), ['decisive', i])));
  const monotone = (pack.expectations?.monotone ?? []).flatMap((m, i) => [
    ...choiceQuestion(suggest, m.question, entries, ['expectations', 'monotone', i, 'question']),
    ...m.options.flatMap((id, k) => missing(suggest, 'option', id, options, ['expectations', 'monotone', i, 'options', k])),
  ]);
  const cases = (pack.expectations?.cases ?? []).flatMap((c, i) => [
    ...caseAnswerProblems(suggest, c.answers, entries, ['expectations', 'cases', i, 'answers']),
    ...(c.first ?? []).flatMap((id, k) => missing(suggest, 'option', id, options, ['expectations', 'cases', i, 'first', k])),
    ...(c.notRecommended ?? []).flatMap((id, k) => missing(suggest, 'option', id, options, ['expectations', 'cases', i, 'notRecommended', k])),
  ]);
  return [...decisive, ...monotone, ...cases];
}

/** Every cross-reference problem of a pack, in file order; empty when the pack is consistent. */
export function packReferenceProblems(pack: Pack): PathProblem[] {
  const suggest = createSuggest();
  const { entries, items } = questionEntries(pack);
  const sources = new Set(pack.sources.map((s) => s.id));
  const criteria = new Set(pack.criteria.map((c) => c.id));
  const options = new Set(pack.options.map((o) => o.id));
  const ctx = { questions: entries, suggest };
  let order = -1;
  const questionProblems = pack.sections.flatMap((section, s) =>
    section.questions.flatMap((question, q) => {
      const path: PathPart[] = ['sections', s, 'questions', q];
      order += 1;
      return [
        ...(question.source === undefined ? [] : missing(suggest, 'source', question.source, sources, [...path, 'source'])),
        ...(question.showIf === undefined ? [] : conditionProblems(question.showIf, [...path, 'showIf'], { ...ctx, before: { order, id: question.id } })),
        ...actionableProblems(pack, question, path, suggest),
      ];
    }),
  );
  const ruleProblems = pack.rules.flatMap((rule, r) => [
    ...conditionProblems(rule.when, ['rules', r, 'when'], ctx),
    ...rule.effects.flatMap((effect, e) => [
      ...missing(suggest, 'option', effect.option, options, ['rules', r, 'effects', e, 'option']),
      ...missing(suggest, 'criterion', effect.criterion, criteria, ['rules', r, 'effects', e, 'criterion']),
    ]),
    ...missing(suggest, 'source', rule.source, sources, ['rules', r, 'source']),
  ]);
  const guardProblems = pack.guards.flatMap((guard, g) => [
    ...guard.options.flatMap((id, i) => missing(suggest, 'option', id, options, ['guards', g, 'options', i])),
    ...conditionProblems(guard.when, ['guards', g, 'when'], ctx),
    ...missing(suggest, 'source', guard.source, sources, ['guards', g, 'source']),
  ]);
  return [
    ...uniqueIds(pack, items),
    ...criterionProblems(pack, entries, suggest),
    ...questionProblems,
    ...optionProblems(pack, criteria, suggest),
    ...ruleProblems,
    ...guardProblems,
    ...expectationProblems(suggest, pack, entries, options),
  ];
}
