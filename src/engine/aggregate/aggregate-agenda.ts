import type { AnswerValue, Answers } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import type { QuestionSpread } from './aggregate';
import { readAnswers, type AnswerState } from '../score/answer-state';
import { SCORE_EPSILON, compareDesc } from './aggregate-stats';
import { createEvaluation, evaluate, resolveOverride, type Evaluation } from '../score/evaluate';
import { packModel, type Model } from '../score/model';
import type { ScoreSettings } from '../score/types';

/** One answer of a what-if: question id and value. */
export type AgendaAnswer = { question: string; value: AnswerValue };

export type AgendaOutcome = {
  value: AnswerValue;
  /** The first options of the consensus if the room agreed on this answer: several when they tie, none when all are blocked. */
  tops: string[];
  /** Each option's score in that case. */
  scores: Record<string, number>;
};

/**
 * How a question decides the outcome: with `given` (another open question's answer, or null for
 * this question alone), the room's answers to this question lead to different first options.
 */
export type AgendaChange = {
  given: AgendaAnswer | null;
  /** Each answer given in the room to this question, with the first options it leads to in that case. */
  outcomes: { value: AnswerValue; tops: string[] }[];
};

export type AgendaItem = {
  question: string;
  disagreement: number;
  /** The largest change of one option's consensus score between two of the room's answers (points). */
  impact: number;
  /** disagreement × impact. */
  priority: number;
  /** Already agreed: fixed in the consensus, listed after the open items. */
  agreed: boolean;
  /**
   * An open question that decides the consensus's first option(s): its answers lead to different
   * first options, alone or once one other open question is set to one of the room's answers.
   */
  changesTop: boolean;
  /** How: this question alone when it can, else the first other answer (agenda order of the pack) with which it does. */
  change: AgendaChange | null;
  /** The other first options that the room's answers to this question lead to (alone). */
  alternativeTops: string[];
  outcomes: AgendaOutcome[];
};

/** What the agenda is measured against: the agreed answers, and the room's median answers to the other questions. */
export type AgendaBasis = {
  /** The answers scored: agreed answers, and the room's median answer to each other question. */
  profile: Answers;
  /** Its first option(s) (several when tied). */
  tops: string[];
  /** How many answers are agreed. */
  agreed: number;
};

export type RoomAgenda = { agenda: AgendaItem[]; basis: AgendaBasis };

/** A question set to one value in a what-if, read into the engine's codes. */
type Setting = { position: number; code: number; set: ReadonlySet<string> | undefined; answer: AgendaAnswer };

/** An open question: its answers in the room, and one answer per distinct effect for the pairs. */
type Open = { spread: QuestionSpread; position: number; settings: Setting[] };

/**
 * The agenda measured against the current consensus (DESIGN.md "Workshop"): the agreed answers
 * fixed, every other question at the room's median answer. For each question with at least two
 * different answers in the room, each answer given is tried in that profile (its outcomes); an
 * open question `changesTop` when one of its answers, alone or together with one answer of another
 * open question, gives different first options than the profile (every pair of open questions is
 * tried, so interactions count). Open items that can change the outcome come first, then the
 * other open items, then the agreed ones; within each, disagreement × impact descending, then pack
 * order. Pure; the participants' scores are not needed, only the spreads, so recomputing after an
 * agreed answer is cheap.
 */
export function roomAgenda(pack: Pack, spreads: readonly QuestionSpread[], agreed: Answers, settings?: ScoreSettings): RoomAgenda {
  const model = packModel(pack);
  const probe = createProbe(model, settings);
  const profile = profileOf(spreads, agreed);
  const base = readAnswers(model.index, profile);
  const baseTops = probe.tops(base, []);
  const baseKey = baseTops.join(',');
  const positions = new Map(model.index.questionList.map((entry) => [entry.question.id, entry.order]));
  const effects = effectKeys(pack, model);

  const items: (AgendaItem & { index: number })[] = [];
  const open: Open[] = [];
  spreads.forEach((spread, index) => {
    const position = positions.get(spread.question);
    if (spread.kind === 'text' || spread.values.length < 2 || position === undefined) return;
    const isAgreed = Object.hasOwn(agreed, spread.question);
    const settingsOf = spread.values.map((value) => settingOf(model, position, { question: spread.question, value })).filter((s): s is Setting => s !== null);
    const outcomes = settingsOf.map((setting): AgendaOutcome => {
      const evaluation = probe.run(base, [setting]);
      return { value: setting.answer.value, tops: probe.topsOf(evaluation), scores: Object.fromEntries(model.optionIds.map((id, o) => [id, evaluation.scores[o] ?? 0])) };
    });
    const impact = Math.max(
      0,
      ...model.optionIds.map((id) => {
        const scores = outcomes.map((outcome) => outcome.scores[id] ?? 0);
        return Math.max(...scores) - Math.min(...scores);
      }),
    );
    const keys = new Set(outcomes.map((outcome) => outcome.tops.join(',')));
    const decides = keys.size > 1 || (keys.size === 1 && !keys.has(baseKey));
    const alternatives = [...new Set(outcomes.flatMap((outcome) => outcome.tops))].filter((id) => !baseTops.includes(id));
    items.push({
      index,
      question: spread.question,
      disagreement: spread.disagreement,
      impact,
      priority: spread.disagreement * impact,
      agreed: isAgreed,
      changesTop: !isAgreed && decides,
      change: !isAgreed && decides ? { given: null, outcomes: outcomes.map((o) => ({ value: o.value, tops: o.tops })) } : null,
      alternativeTops: alternatives,
      outcomes,
    });
    if (!isAgreed) open.push({ spread, position, settings: distinctEffects(settingsOf, effects.get(spread.question)) });
  });

  const byQuestion = new Map(items.map((item) => [item.question, item]));
  for (let i = 0; i < open.length; i += 1) {
    for (let j = i + 1; j < open.length; j += 1) {
      const a = byQuestion.get((open[i] as Open).spread.question);
      const b = byQuestion.get((open[j] as Open).spread.question);
      if (!a || !b || (a.changesTop && b.changesTop)) continue;
      const first = open[i] as Open;
      const second = open[j] as Open;
      const at = pairGrid(probe, base, first, second);
      if (!a.changesTop) decideBy(a, first.settings, second.settings, at);
      if (!b.changesTop) decideBy(b, second.settings, first.settings, (x, y) => at(y, x));
    }
  }

  const group = (item: AgendaItem) => (item.agreed ? 2 : item.changesTop ? 0 : 1);
  const agenda = items
    .sort((a, b) => group(a) - group(b) || compareDesc(a.priority, b.priority) || a.index - b.index)
    .map(({ index: _index, ...item }) => item);
  return { agenda, basis: { profile, tops: baseTops, agreed: Object.keys(agreed).length } };
}

/** The agreed answers, and the room's median answer to every other question that has one. */
export function profileOf(spreads: readonly QuestionSpread[], agreed: Answers): Answers {
  const profile: Record<string, AnswerValue> = {};
  for (const spread of spreads) {
    if (Object.hasOwn(agreed, spread.question) || spread.kind === 'text' || spread.median === null) continue;
    if (Array.isArray(spread.median) && spread.median.length === 0) continue;
    profile[spread.question] = spread.median;
  }
  for (const [question, value] of Object.entries(agreed)) if (value !== undefined) profile[question] = value;
  return profile;
}

/**
 * A key per answer that is equal for answers with the same effect on the scores: the truth of
 * every condition leaf on the question (the rule language tests a choice only by `is`, `atLeast`
 * and `atMost`, a multi answer only by `includes`), and the weights a `weightFrom` maps the choice
 * to. Two answers with equal keys give the same evaluation whatever the other answers.
 */
function effectKeys(pack: Pack, model: Model): Map<string, (value: AnswerValue) => string> {
  const leaves = new Map<string, ((value: AnswerValue) => boolean)[]>();
  const order = new Map(model.index.questionList.map((entry) => [entry.question.id, entry.choiceOrder]));
  const add = (q: string, test: (value: AnswerValue) => boolean) => leaves.set(q, [...(leaves.get(q) ?? []), test]);
  const codeOf = (q: string, value: unknown) => (typeof value === 'string' ? order.get(q)?.get(value) : undefined);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const q = record.q;
    if (typeof q === 'string') {
      const listed = (key: string) => (Array.isArray(record[key]) ? (record[key] as unknown[]) : [record[key]]);
      if ('includes' in record) {
        const wanted = listed('includes');
        add(q, (value) => Array.isArray(value) && wanted.every((w) => value.includes(w as string)));
      }
      if ('is' in record) {
        const wanted = listed('is');
        add(q, (value) => wanted.includes(value));
      }
      for (const key of ['atLeast', 'atMost'] as const) {
        if (!(key in record)) continue;
        const bound = codeOf(q, record[key]);
        add(q, (value) => {
          const code = codeOf(q, value);
          return code !== undefined && bound !== undefined && (key === 'atLeast' ? code >= bound : code <= bound);
        });
      }
    }
    for (const child of Object.values(record)) walk(child);
  };
  walk(pack);
  const keys = new Map<string, (value: AnswerValue) => string>();
  for (const entry of model.index.questionList) {
    const tests = leaves.get(entry.question.id) ?? [];
    const weights = model.weightFrom.filter((from) => from?.question === entry.order);
    keys.set(entry.question.id, (value) => {
      const code = codeOf(entry.question.id, value);
      const mapped = weights.map((from) => (code === undefined ? '' : String(from?.weights[code] ?? '')));
      return `${tests.map((test) => (test(value) ? '1' : '0')).join('')}|${mapped.join(',')}`;
    });
  }
  return keys;
}

/** One setting per distinct effect (see effectKeys). */
function distinctEffects(settings: Setting[], key: ((value: AnswerValue) => string) | undefined): Setting[] {
  if (!key) return settings;
  const seen = new Set<string>();
  return settings.filter((setting) => {
    const k = key(setting.answer.value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The first options for a pair of answers, `at(x, y)` with a's x-th and b's y-th answer, evaluated once and only when asked. */
function pairGrid(probe: Probe, base: AnswerState, a: Open, b: Open): (x: number, y: number) => string {
  const cells = new Map<number, string>();
  return (x, y) => {
    const key = x * b.settings.length + y;
    let tops = cells.get(key);
    if (tops === undefined) {
      tops = probe.tops(base, [a.settings[x] as Setting, b.settings[y] as Setting]).join(',');
      cells.set(key, tops);
    }
    return tops;
  };
}

/**
 * Marks `item` as deciding when, for one of the other question's answers (y), the item's own
 * answers (x) lead to different first options; `topsAt(x, y)` gives them (joined by commas).
 */
function decideBy(item: AgendaItem, own: readonly Setting[], others: readonly Setting[], topsAt: (x: number, y: number) => string): void {
  for (let y = 0; y < others.length; y += 1) {
    const first = topsAt(0, y);
    let differs = false;
    for (let x = 1; x < own.length && !differs; x += 1) differs = topsAt(x, y) !== first;
    if (!differs) continue;
    item.changesTop = true;
    item.change = { given: (others[y] as Setting).answer, outcomes: own.map((setting, x) => ({ value: setting.answer.value, tops: splitTops(topsAt(x, y)) })) };
    return;
  }
}

function splitTops(joined: string): string[] {
  return joined === '' ? [] : joined.split(',');
}

function settingOf(model: Model, position: number, answer: AgendaAnswer): Setting | null {
  const entry = model.index.questionList[position];
  if (!entry) return null;
  const { value } = answer;
  if (typeof value === 'string') {
    const code = entry.choiceOrder.get(value);
    return code === undefined ? null : { position, code, set: undefined, answer };
  }
  return Array.isArray(value) && value.length > 0 ? { position, code: 0, set: new Set(value), answer } : null;
}

type Probe = {
  run: (base: AnswerState, settings: readonly Setting[]) => Evaluation;
  topsOf: (evaluation: Evaluation) => string[];
  tops: (base: AnswerState, settings: readonly Setting[]) => string[];
};

/** Evaluates what-ifs on one scratch state and one evaluation buffer (no allocation per evaluation). */
function createProbe(model: Model, settings: ScoreSettings | undefined): Probe {
  const override = resolveOverride(model, settings?.weights);
  const buffer = createEvaluation(model);
  const code = new Int32Array(model.index.questionList.length);
  const multi: (ReadonlySet<string> | undefined)[] = [];
  const run = (base: AnswerState, changes: readonly Setting[]) => {
    code.set(base.code);
    multi.length = 0;
    multi.push(...base.multi);
    for (const change of changes) {
      code[change.position] = change.code;
      multi[change.position] = change.set;
    }
    return evaluate(model, { code, multi }, override, buffer);
  };
  const topsOf = (evaluation: Evaluation) => {
    let best = Number.NEGATIVE_INFINITY;
    evaluation.scores.forEach((score, o) => {
      if (evaluation.blocked[o] !== 1 && score > best) best = score;
    });
    return model.optionIds.filter((_, o) => evaluation.blocked[o] !== 1 && Math.abs((evaluation.scores[o] ?? 0) - best) < SCORE_EPSILON);
  };
  return { run, topsOf, tops: (base, changes) => topsOf(run(base, changes)) };
}
