import type { AnswerProblem } from './answer-problems';
import type { Pack } from '../pack/pack-schema';

/** The `problems` message keys an answer problem is put into words with (src/i18n/locales/{en,ja}/problems.json). */
export type ProblemMessageKey =
  | 'problems.notJson'
  | 'problems.tooComplex'
  | 'problems.wrongFormat'
  | 'problems.wrongFormatFound'
  | 'problems.missingField'
  | 'problems.otherPack'
  | 'problems.otherVersion'
  | 'problems.invalidField'
  | 'problems.unknownField'
  | 'problems.unknownQuestion'
  | 'problems.notAChoice'
  | 'problems.wrongKind.choice'
  | 'problems.wrongKind.multi'
  | 'problems.wrongKind.text'
  | 'problems.tooLongOne'
  | 'problems.tooLongOther'
  | 'problems.unsureNotAllowed'
  | 'problems.duplicateValues'
  | 'problems.listSeparator'
  | 'problems.questionText'
  | 'problems.otherPackNamed'
  | 'problems.choiceLabel'
  | 'problems.choiceLabelAndValue';

/** A translate function such as i18n's `translator(lang)`; kept as a parameter so the rules stay free of UI code. */
export type ProblemTranslate = (key: ProblemMessageKey, params?: Readonly<Record<string, string | number>>) => string;

export type DescribeOptions = {
  /** How to name a question (e.g. its text in the UI language); its id by default. A name other than the id is quoted. */
  readonly questionName?: (id: string) => string;
  /** How to name a choice of a question (its label in the UI language); its value by default. A name other than the value is quoted. */
  readonly choiceName?: (question: string, value: string) => string;
  /** Lists a choice by its label and, after it, the value a file has to hold (for the command line, where files are edited by hand). */
  readonly choiceValues?: boolean;
  /** The title of the pack the answers were read against (in the UI language), said instead of its id. */
  readonly packName?: string;
};

/** Names for questions and choices in one language, from the pack: what a person reads instead of ids. */
export function packProblemNames(pack: Pack, lang: 'en' | 'ja'): Required<Pick<DescribeOptions, 'questionName' | 'choiceName' | 'packName'>> {
  const questions = new Map(pack.sections.flatMap((section) => section.questions.map((question) => [question.id, question] as const)));
  return {
    questionName: (id) => {
      const question = questions.get(id);
      return question ? question.text[lang].replace(/[。.]$/u, '') : id;
    },
    choiceName: (id, value) => {
      const question = questions.get(id);
      const choice = question && question.kind !== 'text' ? question.choices.find((c) => c.value === value) : undefined;
      return choice ? choice.label[lang] : value;
    },
    packName: pack.title[lang],
  };
}

/** Puts one answer problem into words (one line) in the language of `t`. */
export function describeAnswerProblem(problem: AnswerProblem, t: ProblemTranslate, options: DescribeOptions = {}): string {
  const name = (id: string) => {
    const named = options.questionName?.(id);
    return named === undefined || named === id ? oneLine(id) : t('problems.questionText', { text: oneLine(named) });
  };
  const choices = (question: string, values: readonly string[]) => {
    const named = values.map((value) => [value, options.choiceName?.(question, value)] as const);
    if (named.every(([value, label]) => label === undefined || label === value)) return values.map(oneLine).join(t('problems.listSeparator'));
    return named
      .map(([value, label]) =>
        label === undefined || label === value
          ? oneLine(value)
          : options.choiceValues === true
            ? t('problems.choiceLabelAndValue', { label: oneLine(label), value: oneLine(value) })
            : t('problems.choiceLabel', { label: oneLine(label) }),
      )
      .join(t('problems.listSeparator'));
  };
  switch (problem.code) {
    case 'not-json':
      return t('problems.notJson', { line: problem.line, column: problem.column });
    case 'too-complex':
      return t('problems.tooComplex');
    case 'wrong-format':
      return problem.found === undefined ? t('problems.wrongFormat') : t('problems.wrongFormatFound', { found: oneLine(problem.found) });
    case 'missing-field':
      return t('problems.missingField', { field: oneLine(problem.field) });
    case 'other-pack':
      return options.packName === undefined
        ? t('problems.otherPack', { expected: problem.expected, found: oneLine(problem.found) })
        : t('problems.otherPackNamed', { expected: oneLine(options.packName), found: oneLine(problem.found) });
    case 'other-version':
      return t('problems.otherVersion', { expected: problem.expected, found: oneLine(problem.found) });
    case 'invalid-field':
      return t('problems.invalidField', { field: oneLine(problem.field) });
    case 'unknown-field':
      return t('problems.unknownField', { field: oneLine(problem.field) });
    case 'unknown-question':
      return t('problems.unknownQuestion', { question: oneLine(problem.question) });
    case 'not-a-choice':
      return t('problems.notAChoice', {
        question: name(problem.question),
        value: oneLine(problem.value),
        choices: choices(problem.question, problem.choices),
      });
    case 'wrong-kind':
      return t(`problems.wrongKind.${problem.expected}`, { question: name(problem.question) });
    case 'too-long':
      return t(problem.max === 1 ? 'problems.tooLongOne' : 'problems.tooLongOther', { question: name(problem.question), max: problem.max });
    case 'unsure-not-allowed':
      return t('problems.unsureNotAllowed', { question: name(problem.question) });
    case 'duplicate-values':
      return t('problems.duplicateValues', { question: name(problem.question), value: oneLine(problem.value) });
  }
}

/** Values from a file are shown on one line and shortened, whatever they contain. */
function oneLine(text: string): string {
  const flat = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}
