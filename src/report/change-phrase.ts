import type { RankingChange } from '@/engine/types';
import { quotedInSentence, type MessageKey, type Translate } from '@/i18n/t';

/**
 * The messages one medium (screen, PDF, terminal) phrases an answer change with. `clause` takes
 * `{question, from, to}`; `withLead` takes `{clauses, option, lead}`; `withoutLead`, for a new first
 * option that leads by guards alone, takes `{clauses, option}`.
 */
export type ChangeMessages = {
  readonly clause: MessageKey;
  readonly join: MessageKey;
  readonly withLead: MessageKey;
  readonly withoutLead: MessageKey;
};

/** How the medium names what a change mentions. */
export type ChangeNames = {
  readonly question: (id: string) => string;
  readonly choice: (question: string, value: string) => string;
  readonly option: (id: string) => string;
  readonly points: (lead: number) => string;
};

/** One sentence for a change of one or two answers: "If “Q” were “to” instead of “from”, X would come first (by n points)." */
export function phraseChange(change: RankingChange, t: Translate, messages: ChangeMessages, names: ChangeNames): string {
  const clauses = change.changes
    .map((c) => t(messages.clause, { question: quotedInSentence(names.question(c.question)), from: names.choice(c.question, c.from), to: names.choice(c.question, c.to) }))
    .join(t(messages.join));
  const option = names.option(change.newTop);
  return change.lead > 0
    ? t(messages.withLead, { clauses, option, lead: names.points(change.lead) })
    : t(messages.withoutLead, { clauses, option });
}
