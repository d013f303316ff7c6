import { z } from 'zod';
import type { AnswerProblem } from '@/rules/answer-problems';
import { answersSchema, answerValueSchema, packRefSchema, respondentSchema, type Answers } from '@/rules/answers-schema';
import { checkAnswers } from '@/rules/load-answers';
import { idSchema, type Pack, type PackRef } from '@/rules/pack-schema';
import { compareFingerprints, packFingerprints, type MigrationReport } from './fingerprints';
import { applySectionAnswers, type SectionAnswers } from './form-values';

/**
 * The record that keeps a session in the browser (DESIGN.md "Running, storage and privacy"):
 * `{version, pack, answers, position}` plus the respondent, the fields being edited, and a
 * revision with its writer so that two tabs never overwrite each other unseen. zod-checked on read.
 */

export const SESSION_VERSION = 1;

/** Where the user's answers to a pack are kept: one record per pack id and version. */
export function sessionKey(pack: PackRef): string {
  return `aperture.session.${pack.id}@${pack.version}`;
}

/** Where earlier builds kept them: one record per pack id, still read so that an upgrade loses nothing. */
export function legacySessionKey(packId: string): string {
  return `aperture.session.${packId}`;
}

/** Where the answers of a participant answering in turn on this device are kept, apart from the user's own. */
export function turnKey(packId: string): string {
  return `aperture.turn.${packId}`;
}

function unreadablePrefix(key: string): string {
  return `${key}.unreadable.`;
}

export const positionSchema = z.discriminatedUnion('screen', [
  z.strictObject({ screen: z.literal('start') }),
  z.strictObject({ screen: z.literal('section'), section: idSchema, returnTo: z.enum(['review', 'results']).optional() }),
  z.strictObject({ screen: z.literal('express'), question: idSchema.optional() }),
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
  /** The questions the express path has put to the user, in order (so one left blank is not asked again). */
  asked: z.array(idSchema).max(1000).optional(),
  /** The fingerprint of each question of the version answered (fingerprints.ts), to migrate answers. */
  questions: z.record(z.string().max(200), z.string().max(16)).optional(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

/** What a tab asks to save; the writer adds the revision, the time and its own id. */
export type SessionContent = Pick<SessionRecord, 'pack' | 'answers' | 'position' | 'respondent' | 'draft' | 'questions' | 'asked'>;

export type UnreadableReason = 'not-json' | 'invalid' | 'version';
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

/** The records kept aside from the session under `key`, oldest first. */
export function listUnreadable(storage: Storage, key: string): UnreadableRecord[] {
  const prefix = unreadablePrefix(key);
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

function moveAside(storage: Storage, key: string, text: string): void {
  const prefix = unreadablePrefix(key);
  const taken = listUnreadable(storage, key).map((r) => Number(r.key.slice(prefix.length)));
  storage.setItem(`${prefix}${Math.max(0, ...taken) + 1}`, text);
  storage.removeItem(key);
}

function checkDraft(pack: Pack, draft: Draft): { draft: Draft; problems: AnswerProblem[] } {
  const given = Object.fromEntries(Object.entries(draft.answers).filter(([, v]) => v !== null));
  const checked = checkAnswers(pack, given);
  const cleared = Object.fromEntries(Object.entries(draft.answers).filter(([, v]) => v === null));
  return { draft: { section: draft.section, answers: { ...cleared, ...checked.answers } }, problems: checked.problems };
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
  const checked = checkAnswers(pack, rest.answers);
  if (!rest.draft) return { record: { ...rest, answers: checked.answers }, problems: checked.problems };
  const draft = checkDraft(pack, rest.draft);
  return { record: { ...rest, answers: checked.answers, draft: draft.draft }, problems: [...checked.problems, ...draft.problems] };
}

/** The record under `key`, if it is one of this pack; one that cannot be read is moved aside. */
function readAt(storage: Storage, pack: Pack, key: string): SessionRecord | undefined {
  const text = storage.getItem(key);
  if (text === null) return undefined;
  const parsed = parseSessionRecord(text);
  if (parsed.ok && parsed.record.pack.id === pack.id) return parsed.record;
  moveAside(storage, key, text);
  return undefined;
}

/** The readable records of the pack's other versions (unreadable ones wait until their version is opened). */
function otherVersions(storage: Storage, pack: Pack): SessionRecord[] {
  const prefix = sessionKey({ id: pack.id, version: '' });
  const found: SessionRecord[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i) ?? '';
    const version = key.startsWith(prefix) ? key.slice(prefix.length) : '';
    if (version === pack.version || !/^\d+\.\d+\.\d+$/.test(version)) continue;
    const parsed = parseSessionRecord(storage.getItem(key) ?? '');
    if (parsed.ok && parsed.record.pack.id === pack.id && parsed.record.pack.version === version) found.push(parsed.record);
  }
  return found;
}

const versionParts = (version: string) => version.split('.').map(Number);

/** Saved later; at the same time, of the later version. */
function isNewer(a: SessionRecord, b: SessionRecord): boolean {
  const byTime = Date.parse(a.savedAt) - Date.parse(b.savedAt);
  if (byTime !== 0) return byTime > 0;
  const [x, y] = [versionParts(a.pack.version), versionParts(b.pack.version)];
  const at = x.findIndex((n, i) => n !== y[i]);
  return at >= 0 && (x[at] ?? 0) > (y[at] ?? 0);
}

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
  if (key !== undefined) {
    const record = readAt(storage, pack, key);
    const unreadable = listUnreadable(storage, key);
    return record ? loaded(pack, record, unreadable) : { problems: [], unreadable };
  }
  const own = sessionKey(pack);
  const legacy = legacySessionKey(pack.id);
  const record = readAt(storage, pack, own);
  const source = record ?? [...otherVersions(storage, pack), readAt(storage, pack, legacy)].reduce<SessionRecord | undefined>(
    (best, r) => (r && (!best || isNewer(r, best)) ? r : best),
    undefined,
  );
  const unreadable = [...listUnreadable(storage, legacy), ...listUnreadable(storage, own)];
  if (!source) return { problems: [], unreadable };
  const session = loaded(pack, source, unreadable);
  if (!record) {
    try {
      storage.setItem(own, JSON.stringify({ ...session.record, questions: packFingerprints(pack) }));
    } catch {
      // Full or disabled storage: the autosave writes this version's record with the next change.
    }
  }
  return session;
}

export function removeUnreadable(storage: Storage, key: string): void {
  storage.removeItem(key);
}

/** True when the stored record holds exactly this content (so writing it would change nothing). */
export function holdsContent(record: SessionRecord, content: SessionContent): boolean {
  const pick = (c: SessionContent) =>
    JSON.stringify([c.pack.id, c.pack.version, c.answers, c.position, c.respondent ?? null, c.draft ?? null, c.questions ?? null, c.asked ?? null]);
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
