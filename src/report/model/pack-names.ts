import { packIndex } from '@/engine/score/pack-index';
import type { Lang } from '@/i18n/messages';
import { localize } from '@/i18n/t';
import type { Pack } from '@/rules/pack/pack-schema';

/** The pack's names in one language, looked up by id; an unknown id (or value) reads as itself. */
export type PackNames = {
  option: (id: string) => string;
  criterion: (id: string) => string;
  question: (id: string) => string;
  /** The label of a choice of a choice or multi question; a text answer reads as itself. */
  choice: (question: string, value: string) => string;
};

/** The names the screens, the reports and the command line give the pack's options, criteria, questions and choices. */
export function packNames(pack: Pack, lang: Lang): PackNames {
  const index = packIndex(pack);
  const named = (item: { readonly name: { readonly en: string; readonly ja: string } } | undefined, id: string) => (item ? localize(item.name, lang) : id);
  return {
    option: (id) => named(index.options.get(id), id),
    criterion: (id) => named(index.criteria.get(id), id),
    question: (id) => {
      const q = index.questions.get(id)?.question;
      return q ? localize(q.text, lang) : id;
    },
    choice: (question, value) => {
      const q = index.questions.get(question)?.question;
      const found = q && q.kind !== 'text' ? q.choices.find((c) => c.value === value) : undefined;
      return found ? localize(found.label, lang) : value;
    },
  };
}
