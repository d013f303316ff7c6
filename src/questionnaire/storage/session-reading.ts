import * as z from 'zod/mini';
import type { AnswerProblem } from '@/rules/answers/answer-problems';
import { answersSchema, answerValueSchema, packRefSchema, respondentSchema, type Answers } from '@/rules/answers/answers-schema';
import { checkAnswers } from '@/rules/answers/load-answers';
import { idSchema } from '@/rules/pack/id-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import type { AnswerValue } from '@/rules/answers/answers-schema';
import { listAside, newestOtherVersion, readOrMoveAside, type VersionStamp } from '@/lib/storage/record-store';
import { compareFingerprints, packFingerprints, type MigrationReport } from './fingerprints';
import { applySectionAnswers } from '../form/form-values';
import { legacySessionKey, SESSION_VERSION, sessionKey, storableDraftValue } from './session-storage';

/**
 * Reading the record that keeps a session in the browser (session-storage.ts), checked with
 * zod/mini. A chunk of its own: the app fetches it as it starts only when this browser holds
 * Aperture records (stored-records.ts), so a first visit's first question never waits for it.
 */

export const positionSchema = z.discriminatedUnion('screen', [
  z.strictObject({ screen: z.literal('start') }),
  z.strictObject({ screen: z.literal('section'), section: idSchema, returnTo: z.optional(z.enum(['review', 'results'])) }),
  z.strictObject({ screen: z.literal('express'), question: z.optional(idSchema) }),
  z.strictObject({ screen: z.literal('review') }),
  z.strictObject({ screen: z.literal('results') }),
]);
export type Position = z.infer<typeof positionSchema>;
export type Screen = Position['screen'];

export const draftSchema = z.strictObject({
  section: idSchema,
  answers: z.record(z.string().check(z.maxLength(200)), z.nullable(answerValueSchema)),
});

/** The fields of the section being edited, not yet submitted. */
export type Draft = z.infer<typeof draftSchema>;

export const sessionRecordSchema = z.strictObject({
  version: z.literal(SESSION_VERSION),
  pack: packRefSchema,
  answers: answersSchema,
  position: positionSchema,
  respondent: z.optional(respondentSchema),
  draft: z.optional(draftSchema),
  revision: z.int().check(z.gte(0)),
  savedAt: z.iso.datetime(),
  writer: z.optional(z.string().check(z.maxLength(100))),
  /** The questions the express path has put to the user, in order (so one left blank is not asked again). */
  asked: z.optional(z.array(idSchema).check(z.maxLength(1000))),
  /** The fingerprint of each question of the version answered (fingerprints.ts), to migrate answers. */
  questions: z.optional(z.record(z.string().check(z.maxLength(200)), z.string().check(z.maxLength(16)))),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

/** What a tab asks to save; the writer adds the revision, the time and its own id. */
export type SessionContent = Pick<SessionRecord, 'pack' | 'answers' | 'position' | 'respondent' | 'draft' | 'questions' | 'asked'>;

export type UnreadableReason = 'not-json' | 'invalid' | 'version';
/**
 * A record that could not be read. `key` is where it is kept: `<its key>.unreadable.<n>` once moved
 * aside, or its own key when storage refused the copy (full): then nothing is written over it until
 * the user has been offered the download and removes it.
 */
export type UnreadableRecord = { key: string; text: string; reason: UnreadableReason };

export type LoadedSession = {
  /** The stored session, its answers checked against the pack. */
  record?: SessionRecord;
  /** What could not be carried over (answers saved against another version of the pack). */
  problems: AnswerProblem[];
  /** Answers saved against another version: which carried over, and which questions are new, changed or gone. */
  migration?: MigrationReport;
  /** Records that could not be read, kept aside under their own keys until the user removes them. */
  unreadable: UnreadableRecord[];
};

type Parsed = { ok: true; record: SessionRecord } | { ok: false; reason: UnreadableReason };

/** The record's shape with answers not yet checked one by one: one bad answer must not make the whole record unreadable. */
const looseKey = z.string().check(z.maxLength(200));
const looseRecordSchema = z.extend(sessionRecordSchema, {
  answers: z.record(looseKey, z.unknown()),
  draft: z.optional(z.strictObject({ section: idSchema, answers: z.record(looseKey, z.unknown()) })),
});

const nullableAnswerSchema = z.nullable(answerValueSchema);

/** Answers a stored record held that do not fit any answer's shape, kept to be named against the pack. */
const droppedAnswers = new WeakMap<SessionRecord, Record<string, unknown>>();

/** A record of the right shape with some answers out of bounds: those answers leave it, the rest is kept. */
function salvage(value: unknown): SessionRecord | undefined {
  const loose = looseRecordSchema.safeParse(value);
  if (!loose.success) return undefined;
  const answers: Record<string, AnswerValue> = {};
  const dropped: Record<string, unknown> = {};
  for (const [id, raw] of Object.entries(loose.data.answers)) {
    const checked = answerValueSchema.safeParse(raw);
    if (checked.success) answers[id] = checked.data;
    else dropped[id] = raw;
  }
  let draft: Draft | undefined;
  if (loose.data.draft) {
    const kept: Record<string, AnswerValue | null> = {};
    for (const [id, raw] of Object.entries(loose.data.draft.answers)) {
      const checked = nullableAnswerSchema.safeParse(storableDraftValue(raw));
      if (checked.success) kept[id] = checked.data;
    }
    draft = { section: loose.data.draft.section, answers: kept };
  }
  const { draft: _loose, ...rest } = loose.data;
  const record: SessionRecord = { ...rest, answers, ...(draft ? { draft } : {}) };
  droppedAnswers.set(record, dropped);
  return record;
}

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
  if (parsed.success) return { ok: true, record: parsed.data };
  const salvaged = salvage(value);
  return salvaged ? { ok: true, record: salvaged } : { ok: false, reason: 'invalid' };
}

function reasonOf(text: string): UnreadableReason {
  const parsed = parseSessionRecord(text);
  return parsed.ok ? 'invalid' : parsed.reason;
}

/** The records kept aside from the session under `key`, oldest first. */
export function listUnreadable(storage: Storage, key: string): UnreadableRecord[] {
  return listAside(storage, key).map(({ key, text }) => ({ key, text, reason: reasonOf(text) }));
}

/**
 * The draft checked against the pack. A text longer than its question allows stays (within
 * `MAX_DRAFT_TEXT`): it is in the box for the user to shorten, and the section cannot be left until then.
 */
function checkDraft(pack: Pack, draft: Draft): { draft: Draft; problems: AnswerProblem[] } {
  const texts = new Set(pack.sections.flatMap((s) => s.questions.filter((q) => q.kind === 'text').map((q) => q.id)));
  const entries = Object.entries(draft.answers);
  const given = Object.fromEntries(entries.filter(([id, v]) => v !== null && !(typeof v === 'string' && texts.has(id))));
  const checked = checkAnswers(pack, given);
  const kept = Object.fromEntries(entries.filter(([id, v]) => v === null || (typeof v === 'string' && texts.has(id))));
  return { draft: { section: draft.section, answers: { ...kept, ...checked.answers } }, problems: checked.problems };
}

type Migrated = { record: SessionRecord; problems: AnswerProblem[]; migration?: MigrationReport };

/**
 * Answers saved against another version of the pack: with the fingerprints saved alongside, only
 * answers to unchanged questions carry over and the report names what is new, changed or gone;
 * an older record without them keeps every answer that still fits.
 */
function migrateVersion(pack: Pack, record: SessionRecord): Migrated {
  const merged: Answers = record.draft ? applySectionAnswers(record.answers, record.draft.answers) : record.answers;
  const { draft: _dropped, questions: saved, ...rest } = record;
  const ref = { id: pack.id, version: pack.version };
  if (!saved) {
    const checked = checkAnswers(pack, merged);
    return {
      record: { ...rest, pack: ref, answers: checked.answers },
      problems: [{ code: 'other-version', expected: pack.version, found: record.pack.version }, ...checked.problems],
    };
  }
  const migration = compareFingerprints(saved, pack, Object.keys(merged), { from: record.pack.version, to: pack.version });
  const checked = checkAnswers(pack, Object.fromEntries(migration.carried.map((id) => [id, merged[id]])));
  return { record: { ...rest, pack: ref, answers: checked.answers }, problems: checked.problems, migration };
}

/** Checks a stored record against the pack; answers saved against another version are migrated. */
function migrate(pack: Pack, record: SessionRecord): Migrated {
  if (record.pack.version !== pack.version) return migrateVersion(pack, record);
  const { questions: _saved, ...rest } = record;
  const checked = checkAnswers(pack, { ...rest.answers, ...droppedAnswers.get(record) });
  if (!rest.draft) return { record: { ...rest, answers: checked.answers }, problems: checked.problems };
  const draft = checkDraft(pack, rest.draft);
  return { record: { ...rest, answers: checked.answers, draft: draft.draft }, problems: [...checked.problems, ...draft.problems] };
}

type ReadAt = { record?: SessionRecord; stuck?: UnreadableRecord };

/** The record under `key`, if it is one of this pack; one that cannot be read is moved aside (or reported where it is). */
function readAt(storage: Storage, pack: Pack, key: string): ReadAt {
  const read = readOrMoveAside(storage, key, (text) => {
    const parsed = parseSessionRecord(text);
    return parsed.ok && parsed.record.pack.id === pack.id ? parsed.record : undefined;
  });
  if (read.record) return { record: read.record };
  return read.unreadable && !read.unreadable.moved ? { stuck: { key, text: read.unreadable.text, reason: reasonOf(read.unreadable.text) } } : {};
}

/** A stored record of the pack at `version`, if the text is one. */
function recordOfVersion(pack: Pack, text: string, version: string): SessionRecord | undefined {
  const parsed = parseSessionRecord(text);
  return parsed.ok && parsed.record.pack.id === pack.id && parsed.record.pack.version === version ? parsed.record : undefined;
}

const stampOf = (record: SessionRecord): VersionStamp => ({ savedAt: record.savedAt, version: record.pack.version });

function loaded(pack: Pack, record: SessionRecord, unreadable: UnreadableRecord[]): LoadedSession & { record: SessionRecord } {
  const migrated = migrate(pack, record);
  return { record: migrated.record, problems: migrated.problems, ...(migrated.migration ? { migration: migrated.migration } : {}), unreadable };
}

/**
 * Reads the stored session of a pack. With `key` (a participant's turn), the record under that key;
 * otherwise the user's own record of this pack version. When this version has none yet, the newest
 * record of another version of the pack (or the per-id record of earlier builds) is migrated and
 * saved as this version's, leaving the other record as it was: going back to that version finds its
 * own answers. A record that cannot be read (not JSON, failing the schema, an unknown storage
 * version, another pack) is moved aside under `<its key>.unreadable.<n>`, never dropped.
 */
export function loadSession(storage: Storage | undefined, pack: Pack, key?: string): LoadedSession {
  if (!storage) return { problems: [], unreadable: [] };
  try {
    return loadFrom(storage, pack, key);
  } catch {
    // Storage that throws on reading (blocked by policy): start without a stored session.
    return { problems: [], unreadable: [] };
  }
}

function loadFrom(storage: Storage, pack: Pack, key?: string): LoadedSession {
  if (key !== undefined) {
    const { record, stuck } = readAt(storage, pack, key);
    const unreadable = [...(stuck ? [stuck] : []), ...listUnreadable(storage, key)];
    return record ? loaded(pack, record, unreadable) : { problems: [], unreadable };
  }
  const own = sessionKey(pack);
  const legacy = legacySessionKey(pack.id);
  const { record, stuck } = readAt(storage, pack, own);
  const legacyRead = record ? {} : readAt(storage, pack, legacy);
  const prefix = sessionKey({ id: pack.id, version: '' });
  const source =
    record ?? newestOtherVersion(storage, prefix, pack.version, (text, version) => recordOfVersion(pack, text, version), stampOf, legacyRead.record);
  const unreadable = [
    ...(legacyRead.stuck ? [legacyRead.stuck] : []),
    ...listUnreadable(storage, legacy),
    ...(stuck ? [stuck] : []),
    ...listUnreadable(storage, own),
  ];
  if (!source) return { problems: [], unreadable };
  const session = loaded(pack, source, unreadable);
  if (!record && !stuck) {
    try {
      storage.setItem(own, JSON.stringify({ ...session.record, questions: packFingerprints(pack) }));
    } catch {
      // Full or disabled storage: the autosave writes this version's record with the next change.
    }
  }
  return session;
}

