import { z } from 'zod';
import type { AnswerProblem } from '@/rules/answer-problems';
import { answersSchema, answerValueSchema, packRefSchema, respondentSchema, type Answers } from '@/rules/answers-schema';
import { checkAnswers } from '@/rules/load-answers';
import { idSchema, type Pack } from '@/rules/pack-schema';
import { applySectionAnswers, type SectionAnswers } from './form-values';

/**
 * The record that keeps a session in the browser (DESIGN.md "Running, storage and privacy"):
 * `{version, pack, answers, position}` plus the respondent, the fields being edited, and a
 * revision with its writer so that two tabs never overwrite each other unseen. zod-checked on read.
 */

export const SESSION_VERSION = 1;

export function sessionKey(packId: string): string {
  return `aperture.session.${packId}`;
}

function unreadablePrefix(packId: string): string {
  return `${sessionKey(packId)}.unreadable.`;
}

export const positionSchema = z.discriminatedUnion('screen', [
  z.strictObject({ screen: z.literal('start') }),
  z.strictObject({ screen: z.literal('section'), section: idSchema, returnTo: z.enum(['review', 'results']).optional() }),
  z.strictObject({ screen: z.literal('review') }),
  z.strictObject({ screen: z.literal('results') }),
]);
export type Position = z.infer<typeof positionSchema>;
export type Screen = Position['screen'];

export const draftSchema = z.strictObject({
  section: idSchema,
  answers: z.record(z.string().max(200), answerValueSchema.nullable()),
});
/** The fields of the section being edited, not yet submitted. */
export type Draft = { section: string; answers: SectionAnswers };

export const sessionRecordSchema = z.strictObject({
  version: z.literal(SESSION_VERSION),
  pack: packRefSchema,
  answers: answersSchema,
  position: positionSchema,
  respondent: respondentSchema.optional(),
  draft: draftSchema.optional(),
  revision: z.int().min(0),
  savedAt: z.iso.datetime(),
  writer: z.string().max(100).optional(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

/** What a tab asks to save; the writer adds the revision, the time and its own id. */
export type SessionContent = Pick<SessionRecord, 'pack' | 'answers' | 'position' | 'respondent' | 'draft'>;

export type UnreadableReason = 'not-json' | 'invalid' | 'version';
export type UnreadableRecord = { key: string; text: string; reason: UnreadableReason };

export type LoadedSession = {
  /** The stored session, its answers checked against the pack. */
  record?: SessionRecord;
  /** What could not be carried over (answers saved against another version of the pack). */
  problems: AnswerProblem[];
  /** Records that could not be read, kept aside under their own keys until the user removes them. */
  unreadable: UnreadableRecord[];
};

type Parsed = { ok: true; record: SessionRecord } | { ok: false; reason: UnreadableReason };

/** Reads a stored record's text; never throws. */
export function parseSessionRecord(text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (typeof value === 'object' && value !== null && 'version' in value && value.version !== SESSION_VERSION) {
    return { ok: false, reason: 'version' };
  }
  const parsed = sessionRecordSchema.safeParse(value);
  return parsed.success ? { ok: true, record: parsed.data } : { ok: false, reason: 'invalid' };
}

function reasonOf(text: string): UnreadableReason {
  const parsed = parseSessionRecord(text);
  return parsed.ok ? 'invalid' : parsed.reason;
}

/** The records kept aside for a pack, oldest first. */
export function listUnreadable(storage: Storage, packId: string): UnreadableRecord[] {
  const prefix = unreadablePrefix(packId);
  const found: { n: number; record: UnreadableRecord }[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key === null || !key.startsWith(prefix)) continue;
    const n = Number(key.slice(prefix.length));
    const text = storage.getItem(key);
    if (Number.isInteger(n) && text !== null) found.push({ n, record: { key, text, reason: reasonOf(text) } });
  }
  return found.sort((a, b) => a.n - b.n).map((f) => f.record);
}

function moveAside(storage: Storage, packId: string, text: string): void {
  const prefix = unreadablePrefix(packId);
  const taken = listUnreadable(storage, packId).map((r) => Number(r.key.slice(prefix.length)));
  storage.setItem(`${prefix}${Math.max(0, ...taken) + 1}`, text);
  storage.removeItem(sessionKey(packId));
}

function checkDraft(pack: Pack, draft: Draft): { draft: Draft; problems: AnswerProblem[] } {
  const given = Object.fromEntries(Object.entries(draft.answers).filter(([, v]) => v !== null));
  const checked = checkAnswers(pack, given);
  const cleared = Object.fromEntries(Object.entries(draft.answers).filter(([, v]) => v === null));
  return { draft: { section: draft.section, answers: { ...cleared, ...checked.answers } }, problems: checked.problems };
}

/** Checks a stored record against the pack; answers saved against another version are migrated. */
function migrate(pack: Pack, record: SessionRecord): { record: SessionRecord; problems: AnswerProblem[] } {
  if (record.pack.version !== pack.version) {
    const merged: Answers = record.draft ? applySectionAnswers(record.answers, record.draft.answers) : record.answers;
    const checked = checkAnswers(pack, merged);
    const { draft: _dropped, ...rest } = record;
    return {
      record: { ...rest, pack: { id: pack.id, version: pack.version }, answers: checked.answers },
      problems: [{ code: 'other-version', expected: pack.version, found: record.pack.version }, ...checked.problems],
    };
  }
  const checked = checkAnswers(pack, record.answers);
  if (!record.draft) return { record: { ...record, answers: checked.answers }, problems: checked.problems };
  const draft = checkDraft(pack, record.draft);
  return { record: { ...record, answers: checked.answers, draft: draft.draft }, problems: [...checked.problems, ...draft.problems] };
}

/**
 * Reads the stored session of a pack. A record that cannot be read (not JSON, failing the schema,
 * an unknown storage version, another pack) is moved aside under `<key>.unreadable.<n>`, never
 * dropped. Idempotent: reading twice gives the same result.
 */
export function loadSession(storage: Storage | undefined, pack: Pack): LoadedSession {
  if (!storage) return { problems: [], unreadable: [] };
  const text = storage.getItem(sessionKey(pack.id));
  if (text !== null) {
    const parsed = parseSessionRecord(text);
    if (parsed.ok && parsed.record.pack.id === pack.id) {
      const migrated = migrate(pack, parsed.record);
      return { record: migrated.record, problems: migrated.problems, unreadable: listUnreadable(storage, pack.id) };
    }
    moveAside(storage, pack.id, text);
  }
  return { problems: [], unreadable: listUnreadable(storage, pack.id) };
}

export function removeUnreadable(storage: Storage, key: string): void {
  storage.removeItem(key);
}

/** True when the stored record holds exactly this content (so writing it would change nothing). */
export function holdsContent(record: SessionRecord, content: SessionContent): boolean {
  const pick = (c: SessionContent) =>
    JSON.stringify([c.pack.id, c.pack.version, c.answers, c.position, c.respondent ?? null, c.draft ?? null]);
  return pick(record) === pick(content);
}

/** The browser's localStorage, or undefined where it is disabled (private mode, policy). */
export function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
