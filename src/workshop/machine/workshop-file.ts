import { inputTooComplex } from '@/rules/input-guard';
import { parseJsonText } from '@/rules/json-text';
import { checkAnswers, checkAnswersFile, type AnswerProblem } from '@/rules/answers/load-answers';
import { MAX_ITEM_NOTES, WORKSHOP_FORMAT, WORKSHOP_FORMATS, type Answers, type Participant, type WorkshopFile, type WorkshopItem } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { addChecked, type ImportEntry, type ImportSourceKind } from './import-participants';
import { MAX_TEXT_ANSWER, MAX_WORKSHOP_BYTES } from '@/rules/limits';

/** Why a workshop file cannot be opened at all. */
export type WorkshopFileProblem =
  | { code: 'not-json'; line: number; column: number }
  | { code: 'wrong-format' }
  | { code: 'too-complex' }
  /** Refused before it was read: `size` bytes, over the cap of `limit`. */
  | { code: 'too-large'; file: string; size: number; limit: number }
  | { code: 'other-pack'; expected: string; found: string };

export type WorkshopCheck =
  | { ok: true; workshop: WorkshopFile; entries: ImportEntry[]; agreedProblems: AnswerProblem[] }
  | { ok: false; problem: WorkshopFileProblem };

/** Why a workshop file chosen is refused before its text is read (larger than the cap), else null. */
export function workshopFileTooLarge(file: { name: string; size: number }, limit: number = MAX_WORKSHOP_BYTES): WorkshopFileProblem | null {
  return file.size > limit ? { code: 'too-large', file: file.name, size: file.size, limit } : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/**
 * Checks a workshop file (parsed JSON, or a saved record's workshop) against the pack. Refused
 * only when it is not a workshop file or belongs to another pack. Otherwise every participant's
 * answers go through the answers check (another version of the pack keeps what still fits) and
 * the agreed answers through `checkAnswers`; participants with unreadable answers are left out and
 * reported. Never throws.
 */
export function checkWorkshop(pack: Pack, input: unknown, kind: ImportSourceKind = 'workshop'): WorkshopCheck {
  if (!isRecord(input) || !(WORKSHOP_FORMATS as readonly unknown[]).includes(input.format)) return { ok: false, problem: { code: 'wrong-format' } };
  if (inputTooComplex(input)) return { ok: false, problem: { code: 'too-complex' } };
  const ref = isRecord(input.rules) ? input.rules : {};
  if (typeof ref.id === 'string' && ref.id !== pack.id) return { ok: false, problem: { code: 'other-pack', expected: pack.id, found: ref.id.slice(0, 80) } };
  let participants: Participant[] = [];
  const entries: ImportEntry[] = [];
  const raw = Array.isArray(input.participants) ? input.participants.slice(0, 200) : [];
  raw.forEach((item, index) => {
    const record = isRecord(item) ? item : {};
    const label = text(record.label, 200);
    const name = label || `#${index + 1}`;
    const added = addChecked(pack, participants, checkAnswersFile(pack, record.answers), { kind, name, label, fallbackLabel: name, dropped: questionList(pack, record.dropped) });
    participants = added.participants;
    for (const entry of added.entries) entries.push(entry);
  });
  const agreedInput = isRecord(input.agreed) ? input.agreed.answers : undefined;
  const agreed = agreedInput === undefined ? { answers: {} as Answers, problems: [] } : checkAnswers(pack, agreedInput);
  const notes = text(input.notes, MAX_TEXT_ANSWER);
  const agreedIds = new Set(Object.keys(agreed.answers));
  const unanimous = questionList(pack, isRecord(input.agreed) ? input.agreed.unanimous : undefined).filter((q) => agreedIds.has(q));
  const items = itemsOf(pack, input.items);
  const workshop: WorkshopFile = {
    format: WORKSHOP_FORMAT,
    title: text(input.title, 300),
    date: text(input.date, 40),
    ...(notes ? { notes } : {}),
    rules: { id: pack.id, version: pack.version },
    participants,
    agreed: { answers: agreed.answers, ...(unanimous.length > 0 ? { unanimous } : {}) },
    ...(Object.keys(items).length > 0 ? { items } : {}),
  };
  return { ok: true, workshop, entries, agreedProblems: agreed.problems };
}

/** The question ids of the pack in `value` (a list), each once, in pack order; anything else is left out. */
function questionList(pack: Pack, value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const given = new Set(value.filter((v): v is string => typeof v === 'string'));
  return pack.sections.flatMap((s) => s.questions.map((q) => q.id)).filter((id) => given.has(id));
}

/** The notes and times per agenda item that fit: of questions of the pack, notes cut to the limit, whole seconds. */
function itemsOf(pack: Pack, value: unknown): Record<string, WorkshopItem> {
  if (!isRecord(value)) return {};
  const items: Record<string, WorkshopItem> = {};
  for (const id of questionList(pack, Object.keys(value))) {
    const raw = value[id];
    if (!isRecord(raw)) continue;
    const notes = text(raw.notes, MAX_ITEM_NOTES);
    const seconds = typeof raw.seconds === 'number' && Number.isFinite(raw.seconds) ? Math.min(Math.max(0, Math.round(raw.seconds)), 86_400 * 7) : 0;
    if (notes || seconds > 0) items[id] = { ...(notes ? { notes } : {}), ...(seconds > 0 ? { seconds } : {}) };
  }
  return items;
}

/** Parses and checks the text of a workshop file. */
export function parseWorkshopJson(pack: Pack, source: string): WorkshopCheck {
  const parsed = parseJsonText(source);
  if (!parsed.ok) return { ok: false, problem: { code: 'not-json', line: parsed.line, column: parsed.column } };
  return checkWorkshop(pack, parsed.value);
}

/** The workshop file to download: pretty-printed JSON. */
export function workshopJson(workshop: WorkshopFile): string {
  return `${JSON.stringify(workshop, null, 2)}\n`;
}
