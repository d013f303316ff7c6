import type { WorkshopMember } from '@/engine/aggregate/aggregate';
import { WORKSHOP_FORMAT, type Answers, type Participant, type WorkshopFile } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';

/** Where the facilitator is; saved with the workshop so that a reload (or a turn on the questionnaire) resumes there. */
export const POSITIONS = ['setup', 'participants', 'overview', 'agenda', 'presenter', 'agreed'] as const;
export type Position = (typeof POSITIONS)[number];

/** An empty workshop for the pack, dated `date` (YYYY-MM-DD). */
export function emptyWorkshop(pack: Pack, date: string): WorkshopFile {
  return {
    format: WORKSHOP_FORMAT,
    title: '',
    date,
    rules: { id: pack.id, version: pack.version },
    participants: [],
    agreed: { answers: {} },
  };
}

/** A participant id not used yet in the workshop: `p1`, `p2`, … */
export function nextParticipantId(taken: readonly { id: string }[]): string {
  const used = new Set(taken.map((p) => p.id));
  let n = taken.length + 1;
  while (used.has(`p${n}`)) n += 1;
  return `p${n}`;
}

/** What the engine aggregates: each participant's id, label and answers. */
export function membersOf(participants: readonly Participant[]): WorkshopMember[] {
  return participants.map((p) => ({ id: p.id, label: p.label, answers: p.answers.answers }));
}

/** How names are compared to spot the same person twice: trimmed, case and width folded. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The name that identifies a participant: their respondent name, else their label. */
export function participantName(participant: Participant): string {
  return participant.answers.respondent?.name?.trim() || participant.label;
}

/**
 * Participants whose label (the name the facilitator sees) equals an earlier one's, mapped to that
 * earlier label. They are flagged, never merged: two people may share a name; a rename clears it.
 */
export function duplicateNames(participants: readonly Participant[]): Map<string, string> {
  const first = new Map<string, Participant>();
  const duplicates = new Map<string, string>();
  for (const p of participants) {
    const key = nameKey(p.label);
    const earlier = first.get(key);
    if (earlier) duplicates.set(p.id, earlier.label);
    else first.set(key, p);
  }
  return duplicates;
}

/** The agreed answers with one question set (or cleared with `undefined`). */
export function withAgreed(answers: Answers, question: string, value: Answers[string] | undefined): Answers {
  const next: Record<string, Answers[string]> = { ...answers };
  if (value === undefined) delete next[question];
  else next[question] = value;
  return next;
}
