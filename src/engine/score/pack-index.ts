import type { Criterion, Guard, Option, Pack, Question, Rule, Source } from '@/rules/pack/pack-schema';

/** A question with where it sits in the pack. */
export type IndexedQuestion = {
  readonly question: Question;
  /** 0-based position in the pack, across sections. */
  readonly order: number;
  readonly section: string;
  /** Choice value → 0-based position (first = lowest level); empty for text questions. */
  readonly choiceOrder: ReadonlyMap<string, number>;
};

/** Lookup tables of one pack, built once per pack object. */
export type PackIndex = {
  /** Every question in pack order. */
  readonly questionList: readonly IndexedQuestion[];
  readonly questions: ReadonlyMap<string, IndexedQuestion>;
  readonly options: ReadonlyMap<string, Option>;
  readonly criteria: ReadonlyMap<string, Criterion>;
  readonly rules: ReadonlyMap<string, Rule>;
  readonly guards: ReadonlyMap<string, Guard>;
  readonly sources: ReadonlyMap<string, Source>;
};

const cache = new WeakMap<Pack, PackIndex>();

function byId<T extends { readonly id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

type ScoringTables = Pick<PackIndex, 'options' | 'criteria' | 'rules' | 'guards'>;

function buildIndex(pack: Pack): PackIndex {
  const questionList: IndexedQuestion[] = [];
  for (const section of pack.sections) {
    for (const question of section.questions) {
      const choiceOrder = new Map<string, number>();
      if (question.kind !== 'text') {
        question.choices.forEach((choice, position) => {
          if (!choiceOrder.has(choice.value)) choiceOrder.set(choice.value, position);
        });
      }
      questionList.push({ question, order: questionList.length, section: section.id, choiceOrder });
    }
  }
  const questions = new Map<string, IndexedQuestion>();
  for (const entry of questionList) if (!questions.has(entry.question.id)) questions.set(entry.question.id, entry);
  // The tables of what scores are built when first read: the questionnaire works from a pack's
  // questions while its rules may still be on their way (a read before they arrive throws, and
  // builds nothing that could stay empty).
  let scoring: ScoringTables | undefined;
  const tables = () => (scoring ??= { options: byId(pack.options), criteria: byId(pack.criteria), rules: byId(pack.rules), guards: byId(pack.guards) });
  return {
    questionList,
    questions,
    get options() {
      return tables().options;
    },
    get criteria() {
      return tables().criteria;
    },
    get rules() {
      return tables().rules;
    },
    get guards() {
      return tables().guards;
    },
    sources: byId(pack.sources),
  };
}

/** The lookup tables of `pack` (questions with order, section and choice order; options, criteria, rules, guards, sources by id); memoised per pack object, the first of duplicate ids wins. */
export function packIndex(pack: Pack): PackIndex {
  let index = cache.get(pack);
  if (!index) {
    index = buildIndex(pack);
    cache.set(pack, index);
  }
  return index;
}
