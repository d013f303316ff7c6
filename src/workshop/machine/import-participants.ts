import { checkAnswersFile, type AnswerProblem, type AnswersCheck } from '@/rules/answers/load-answers';
import { ANSWERS_FORMAT, type Answers, type AnswersFile, type Participant, type Respondent } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import type { ShareLinkProblem } from '@/lib/share/share-link';
import type { SharedLinkRead } from '@/lib/answers-check/share-link-read';
import { duplicateNames, nextParticipantId } from './workshop-model';
import { MAX_FILE_BYTES } from '@/rules/limits';

/** Where a set of answers came from. */
export type ImportSourceKind = 'file' | 'link' | 'turn' | 'workshop' | 'saved';

/** What became of one set of answers: added (perhaps with problems) or refused, and why. */
export type ImportEntry = {
  sourceKind: ImportSourceKind;
  /** The file name, or the label given, for the report. */
  source: string;
  status: 'added' | 'refused';
  participantId?: string;
  label?: string;
  problems: AnswerProblem[];
  /** Why the source itself could not be read (a damaged link, a file the browser could not read), or why it was not added again. */
  sourceProblem?: ShareLinkProblem | 'unreadable-file' | 'too-large-file' | 'same-answers';
  /** A file refused unread: its size and the cap, in bytes. */
  size?: { bytes: number; limit: number };
  /** The label of an earlier participant with the same name. */
  duplicateOf?: string;
  /** The answers replaced an existing participant's (a newer file), who keeps their place and name. */
  replaced?: boolean;
};

export type Imported = { participants: Participant[]; entries: ImportEntry[] };

/** An answers file read from disk and checked against the pack (off the page's main thread), or refused unread: larger than the cap. */
export type CheckedFile = { name: string; check: AnswersCheck } | TooLargeFile;
type TooLargeFile = { name: string; tooLarge: { bytes: number; limit: number } };

/** The answers file chosen, or what is said of it when it is over the cap (`MAX_FILE_BYTES`): then it is not read. */
export function answersFileTooLarge(file: { name: string; size: number }, limit: number = MAX_FILE_BYTES): TooLargeFile | null {
  return file.size > limit ? { name: file.name, tooLarge: { bytes: file.size, limit } } : null;
}

function refusedUnread(file: TooLargeFile): ImportEntry {
  return { sourceKind: 'file', source: file.name, status: 'refused', problems: [], sourceProblem: 'too-large-file', size: file.tooLarge };
}

const MAX_LABEL = 200;

function clip(label: string): string {
  const flat = label.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_LABEL ? `${flat.slice(0, MAX_LABEL - 1)}…` : flat;
}

/** A file name without its folder and `.json`, as a label for answers that carry no name. */
export function labelFromFileName(name: string): string {
  return clip(name.replace(/^.*[\\/]/, '').replace(/\.json$/i, ''));
}

/**
 * Adds one checked answers set. A readable set is added with only its valid answers (nothing
 * invalid is guessed) and its problems listed; an unreadable one is refused. The label is the
 * given one, else the respondent's name, else `fallbackLabel`.
 */
export function addChecked(
  pack: Pack,
  participants: readonly Participant[],
  check: AnswersCheck,
  source: { kind: ImportSourceKind; name: string; label?: string; fallbackLabel: string; dropped?: readonly string[] },
): Imported {
  if (!check.ok) {
    return { participants: [...participants], entries: [{ sourceKind: source.kind, source: source.name, status: 'refused', problems: check.problems }] };
  }
  const label = clip(source.label ?? '') || clip(check.respondent?.name ?? '') || clip(source.fallbackLabel) || nextParticipantId(participants);
  const same = participants.find((p) => sameAnswers(p.answers, check.answers, check.respondent));
  if (same) {
    // The same answers twice (one link opened twice, a hand-off delivered again) would count twice in every result.
    return {
      participants: [...participants],
      entries: [{ sourceKind: source.kind, source: source.name, status: 'refused', problems: [], sourceProblem: 'same-answers', duplicateOf: same.label }],
    };
  }
  const file: AnswersFile = {
    format: ANSWERS_FORMAT,
    rules: { id: pack.id, version: pack.version },
    ...(check.respondent ? { respondent: check.respondent } : {}),
    answers: check.answers,
    ...(check.file?.savedAt ? { savedAt: check.file.savedAt } : {}),
  };
  const dropped = droppedQuestions(pack, check.problems, source.dropped ?? []);
  const participant: Participant = { id: nextParticipantId(participants), label, answers: file, ...(dropped.length > 0 ? { dropped } : {}) };
  const next = [...participants, participant];
  const duplicateOf = duplicateNames(next).get(participant.id);
  return {
    participants: next,
    entries: [
      {
        sourceKind: source.kind,
        source: source.name,
        status: 'added',
        participantId: participant.id,
        label,
        problems: check.problems,
        ...(duplicateOf !== undefined ? { duplicateOf } : {}),
      },
    ],
  };
}

/**
 * The questions of the pack whose answer was dropped on import (earlier marks kept), in pack order:
 * the mark stays on the participant after the import notice is gone, and travels in the workshop file.
 */
export function droppedQuestions(pack: Pack, problems: readonly AnswerProblem[], earlier: readonly string[]): string[] {
  const ids = new Set(earlier);
  for (const problem of problems) if ('question' in problem && problem.code !== 'unknown-question' && problem.code !== 'duplicate-values') ids.add(problem.question);
  return pack.sections.flatMap((s) => s.questions.map((q) => q.id)).filter((id) => ids.has(id));
}

/** A canonical text of answers (keys sorted), so that equal answers compare equal whatever their order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** True when a participant already holds exactly these answers from the same respondent. */
export function sameAnswers(file: AnswersFile, answers: Answers, respondent: Respondent | undefined): boolean {
  return canonical(file.answers) === canonical(answers) && canonical(file.respondent?.name ?? null) === canonical(respondent?.name ?? null);
}

function addAll(start: readonly Participant[], steps: readonly ((current: readonly Participant[]) => Imported)[]): Imported {
  let participants = [...start];
  const entries: ImportEntry[] = [];
  for (const step of steps) {
    const result = step(participants);
    participants = result.participants;
    for (const entry of result.entries) entries.push(entry);
  }
  return { participants, entries };
}

/** Adds the answers files read from disk and checked (several at once), each labelled by name or file name. */
export function importCheckedFiles(pack: Pack, participants: readonly Participant[], files: readonly CheckedFile[]): Imported {
  return addAll(
    participants,
    files.map((f) => (current) =>
      'tooLarge' in f
        ? { participants: [...current], entries: [refusedUnread(f)] }
        : addChecked(pack, current, f.check, { kind: 'file', name: f.name, fallbackLabel: labelFromFileName(f.name) }),
    ),
  );
}

/** Adds the answers of a share link, read (unfolded and checked against the pack) by the share-link worker; a link that cannot be read is refused, and why. */
export function importSharedLink(pack: Pack, participants: readonly Participant[], read: SharedLinkRead, fallbackLabel: string): Imported {
  if (!read.ok) {
    return { participants: [...participants], entries: [{ sourceKind: 'link', source: '', status: 'refused', problems: [], sourceProblem: read.problem }] };
  }
  return addChecked(pack, participants, read.check, { kind: 'link', name: '', fallbackLabel });
}

/** Adds the answers a participant gave in turn on this device, under the label the facilitator typed. */
export function importTurn(
  pack: Pack,
  participants: readonly Participant[],
  turn: { label: string; answers: Answers; respondent?: Respondent | undefined },
): Imported {
  const file = { format: ANSWERS_FORMAT, rules: { id: pack.id, version: pack.version }, answers: turn.answers, ...(turn.respondent ? { respondent: turn.respondent } : {}) };
  return addChecked(pack, participants, checkAnswersFile(pack, file), { kind: 'turn', name: turn.label, label: turn.label, fallbackLabel: turn.label });
}

/**
 * Replaces one participant's answers with a newer answers file (checked): the participant keeps their id,
 * place and label; the respondent and the dropped-answer marks come from the new file. An
 * unreadable file changes nothing and is reported as refused.
 */
export function replaceAnswers(pack: Pack, participants: readonly Participant[], id: string, file: CheckedFile): Imported {
  if ('tooLarge' in file) return { participants: [...participants], entries: [refusedUnread(file)] };
  const { check } = file;
  const target = participants.find((p) => p.id === id);
  if (!target || !check.ok) {
    return { participants: [...participants], entries: [{ sourceKind: 'file', source: file.name, status: 'refused', problems: check.ok ? [] : check.problems }] };
  }
  const dropped = droppedQuestions(pack, check.problems, []);
  const { dropped: _old, ...rest } = target;
  const replaced: Participant = {
    ...rest,
    answers: {
      format: ANSWERS_FORMAT,
      rules: { id: pack.id, version: pack.version },
      ...(check.respondent ? { respondent: check.respondent } : {}),
      answers: check.answers,
      ...(check.file?.savedAt ? { savedAt: check.file.savedAt } : {}),
    },
    ...(dropped.length > 0 ? { dropped } : {}),
  };
  return {
    participants: participants.map((p) => (p.id === id ? replaced : p)),
    entries: [{ sourceKind: 'file', source: file.name, status: 'added', participantId: id, label: target.label, problems: check.problems, replaced: true }],
  };
}
