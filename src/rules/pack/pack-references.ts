import { conditionProblems, type QuestionEntry } from './condition-checks';
import type { Pack } from './pack-schema';
import { formatPath, quote, type PathPart } from '../problem-line';
import type { PathProblem } from '../schema-problems';
import { createSuggest, listOf, type Suggest } from './suggest';

/** Cross-reference checks of a pack whose shape is valid: everything a schema cannot say. */

type Item = { id: string; path: PathPart[] };

/** `what` names the id, e.g. "question id" or "choice value"; `where` is added after the id. */
function duplicates(what: string, items: readonly Item[], where = '', question = ''): PathProblem[] {
  const first = new Map<string, Item>();
  const out: PathProblem[] = [];
  for (const item of items) {
    const earlier = first.get(item.id);
    if (earlier) {
      const params = { what: what.replace(' ', '-'), id: quote(item.id), question, first: formatPath(earlier.path) };
      out.push({ path: item.path, message: `duplicate ${what} ${quote(item.id)}${where} (already used at ${formatPath(earlier.path)})`, code: 'duplicate-id', params });
    }
    else first.set(item.id, item);
  }
  return out;
}

function missing(suggest: Suggest, kind: string, id: string, known: ReadonlySet<string>, path: PathPart[]): PathProblem[] {
  if (known.has(id)) return [];
  const guess = suggest.closest(id, known, kind);
  const params = { kind: kind.replace(/^an? /, ''), id: quote(id), suggestion: guess ?? '', known: guess ? '' : listOf(known) };
  return [{ path, message: `${quote(id)} is not ${kind} of this pack (${guess ? `did you mean ${guess}?` : listOf(known)})`, code: 'unknown-reference', params }];
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
        : duplicates('choice value', question.choices.map((c, k) => ({ id: c.value, path: ['sections', s, 'questions', q, 'choices', k, 'value'] })), ` in ${question.id}`, question.id),
    ),
  );
  return [
    ...duplicates('source id', ids(pack.sources, 'sources')),
    ...duplicates('criterion id', ids(pack.criteria, 'criteria')),
    ...duplicates('section id', ids(pack.sections, 'sections')),
    ...duplicates('question id', questionItems),
    ...choices,
    ...duplicates('option id', ids(pack.options, 'options')),
    ...duplicates('rule id', ids(pack.rules, 'rules')),
    ...duplicates('guard id', ids(pack.guards, 'guards')),
  ];
}

function criterionProblems(pack: Pack, entries: Map<string, QuestionEntry>, suggest: Suggest): PathProblem[] {
  const questionIds = new Set(entries.keys());
  return pack.criteria.flatMap((criterion, c) => {
    const from = criterion.weightFrom;
    if (!from) return [];
    const path: PathPart[] = ['criteria', c, 'weightFrom'];
    const entry = entries.get(from.question);
    if (!entry) return missing(suggest, 'a question', from.question, questionIds, [...path, 'question']);
    const { question } = entry;
    if (question.kind !== 'choice') {
      return [{ path: [...path, 'question'], message: `${question.id} is a ${question.kind} question; weightFrom needs a choice question`, code: 'weight-from-not-choice', params: { question: question.id, kind: question.kind } }];
    }
    const choices = question.choices.map((x) => x.value);
    const choiceSet = new Set(choices);
    const mapped = Object.keys(from.weights);
    const mappedSet = new Set(mapped);
    return [
      ...choices
        .filter((v) => !mappedSet.has(v))
        .map((v) => ({ path: [...path, 'weights'], message: `no weight for the choice ${quote(v)} of ${question.id}: map every choice`, code: 'no-weight', params: { value: quote(v), question: question.id } })),
      ...mapped
        .filter((v) => !choiceSet.has(v))
        .map((v) => ({ path: [...path, 'weights', v], message: `${quote(v)} is not a choice of ${question.id} (${listOf(choices)})`, code: 'not-a-choice', params: { value: quote(v), question: question.id, choices: listOf(choices), suggestion: '' } })),
    ];
  });
}

/** An `actionable` mark: a choice question, a horizon for every step and none for the starting choice, actions that exist. */
function actionableProblems(pack: Pack, question: Pack['sections'][number]['questions'][number], path: PathPart[], suggest: Suggest): PathProblem[] {
  const mark = question.actionable;
  if (!mark) return [];
  const at: PathPart[] = [...path, 'actionable'];
  if (question.kind !== 'choice') {
    return [{ path: at, message: `${question.id} is a ${question.kind} question; only a choice question can be actionable`, code: 'actionable-not-choice', params: { question: question.id, kind: question.kind } }];
  }
  const choices = question.choices.map((c) => c.value);
  const start = mark.direction === 'up' ? choices[0] : choices[choices.length - 1];
  const named = Object.keys(mark.steps);
  const actionProblems = (mark.actions ?? []).flatMap((ref, i): PathProblem[] => {
    const option = pack.options.find((o) => o.id === ref.option);
    if (!option) return missing(suggest, 'an option', ref.option, new Set(pack.options.map((o) => o.id)), [...at, 'actions', i, 'option']);
    if (ref.action < option.actions.length) return [];
    const params = { option: ref.option, action: ref.action, last: option.actions.length - 1 };
    return [{ path: [...at, 'actions', i, 'action'], message: `${ref.option} has no action ${ref.action} (its actions are numbered 0 to ${option.actions.length - 1})`, code: 'unknown-action', params }];
  });
  return [
    ...choices
      .filter((v) => v !== start && !named.includes(v))
      .map((v) => ({ path: [...at, 'steps'], message: `no horizon for the step to ${quote(v)} of ${question.id}: give every choice after ${quote(start ?? '')} one`, code: 'no-step', params: { value: quote(v), question: question.id, start: start ?? '' } })),
    ...named.flatMap((v): PathProblem[] => {
      if (!choices.includes(v)) return [{ path: [...at, 'steps', v], message: `${quote(v)} is not a choice of ${question.id} (${listOf(choices)})`, code: 'not-a-choice', params: { value: quote(v), question: question.id, choices: listOf(choices), suggestion: '' } }];
      if (v === start) return [{ path: [...at, 'steps', v], message: `${quote(v)} is where improvement starts (direction "${mark.direction}"): it takes no step`, code: 'step-to-start', params: { value: quote(v), direction: mark.direction } }];
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
        .map((c) => ({ path: ['options', o, 'baseline'], message: `no baseline for the criterion ${quote(c)}: give every criterion a value 0..10`, code: 'no-baseline', params: { criterion: quote(c) } })),
      ...named.filter((c) => !criteria.has(c)).flatMap((c) => missing(suggest, 'a criterion', c, criteria, ['options', o, 'baseline', c])),
    ];
  });
}

function choiceQuestion(suggest: Suggest, id: string, entries: Map<string, QuestionEntry>, path: PathPart[]): PathProblem[] {
  const entry = entries.get(id);
  if (!entry) return missing(suggest, 'a question', id, new Set(entries.keys()), path);
  const { question } = entry;
  if (question.kind === 'choice') return [];
  return [{ path, message: `${question.id} is a ${question.kind} question; this needs a choice question`, code: 'needs-choice-question', params: { question: question.id, kind: question.kind } }];
}

function caseAnswerProblems(suggest: Suggest, answers: Readonly<Record<string, unknown>>, entries: Map<string, QuestionEntry>, path: PathPart[]): PathProblem[] {
  return Object.entries(answers).flatMap(([id, value]) => {
    const entry = entries.get(id);
    if (!entry) return missing(suggest, 'a question', id, new Set(entries.keys()), [...path, id]);
    const { question } = entry;
    if (question.kind === 'text' || typeof value === 'object' && !Array.isArray(value)) return [];
    const choices = question.choices.map((c) => c.value);
    const values = Array.isArray(value) ? value : [value];
    return values
      .filter((v): v is string => typeof v === 'string' && !choices.includes(v))
      .map((v) => {
        const suggestion = suggest.closest(v, choices, 'a choice') ?? '';
        const message = `${quote(v)} is not a choice of ${question.id} (${listOf(choices)})${suggestion ? `; did you mean ${suggestion}?` : ''}`;
        return { path: [...path, id], message, code: 'not-a-choice', params: { value: quote(v), question: question.id, choices: listOf(choices), suggestion } };
      });
  });
}

function expectationProblems(suggest: Suggest, pack: Pack, entries: Map<string, QuestionEntry>, options: ReadonlySet<string>): PathProblem[] {
  const decisive = (pack.decisive ?? []).flatMap((id, i) => (entries.has(id) ? [] : missing(suggest, 'a question', id, new Set(entries.keys()), ['decisive', i])));
  const monotone = (pack.expectations?.monotone ?? []).flatMap((m, i) => [
    ...choiceQuestion(suggest, m.question, entries, ['expectations', 'monotone', i, 'question']),
    ...m.options.flatMap((id, k) => missing(suggest, 'an option', id, options, ['expectations', 'monotone', i, 'options', k])),
  ]);
  const cases = (pack.expectations?.cases ?? []).flatMap((c, i) => [
    ...caseAnswerProblems(suggest, c.answers, entries, ['expectations', 'cases', i, 'answers']),
    ...(c.first ?? []).flatMap((id, k) => missing(suggest, 'an option', id, options, ['expectations', 'cases', i, 'first', k])),
    ...(c.notRecommended ?? []).flatMap((id, k) => missing(suggest, 'an option', id, options, ['expectations', 'cases', i, 'notRecommended', k])),
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
        ...(question.source === undefined ? [] : missing(suggest, 'a source', question.source, sources, [...path, 'source'])),
        ...(question.showIf === undefined ? [] : conditionProblems(question.showIf, [...path, 'showIf'], { ...ctx, before: { order, id: question.id } })),
        ...actionableProblems(pack, question, path, suggest),
      ];
    }),
  );
  const ruleProblems = pack.rules.flatMap((rule, r) => [
    ...conditionProblems(rule.when, ['rules', r, 'when'], ctx),
    ...rule.effects.flatMap((effect, e) => [
      ...missing(suggest, 'an option', effect.option, options, ['rules', r, 'effects', e, 'option']),
      ...missing(suggest, 'a criterion', effect.criterion, criteria, ['rules', r, 'effects', e, 'criterion']),
    ]),
    ...missing(suggest, 'a source', rule.source, sources, ['rules', r, 'source']),
  ]);
  const guardProblems = pack.guards.flatMap((guard, g) => [
    ...guard.options.flatMap((id, i) => missing(suggest, 'an option', id, options, ['guards', g, 'options', i])),
    ...conditionProblems(guard.when, ['guards', g, 'when'], ctx),
    ...missing(suggest, 'a source', guard.source, sources, ['guards', g, 'source']),
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
