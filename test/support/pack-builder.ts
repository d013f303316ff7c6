import type {
  Actionable,
  Condition,
  Criterion,
  DisclosureComponent,
  Effect,
  LocalizedText,
  Option,
  Pack,
  Question,
  Section,
} from '@/rules/pack/pack-schema';

/**
 * The tests' one pack builder: a schema-valid pack from the parts a test cares about, with filler
 * texts for the rest (a text the spec gives is used as it is). Questions are grouped into sections
 * by their `section` (default "s").
 */

export type ChoiceSpec = string | { readonly value: string; readonly label: LocalizedText };

export type QuestionSpec = {
  readonly id: string;
  readonly kind?: 'choice' | 'multi' | 'text';
  readonly text?: LocalizedText;
  readonly choices?: readonly ChoiceSpec[];
  readonly allowUnsure?: boolean;
  readonly required?: boolean;
  readonly showIf?: Condition;
  readonly section?: string;
  readonly actionable?: Actionable;
};

/** An option's scoring parts; any of its texts may be given, the rest are fillers. */
export type OptionSpec = { readonly id: string; readonly baseline: Readonly<Record<string, number>> } & Partial<Omit<Option, 'id' | 'baseline'>>;

type Explained = { readonly because?: LocalizedText; readonly source?: string };

export type PackSpec = {
  readonly id?: string;
  readonly version?: string;
  readonly title?: LocalizedText;
  /** The sources rules cite (default one, "src"). */
  readonly sources?: Pack['sources'];
  /** Section titles by section id (default the id). */
  readonly sectionTitles?: Readonly<Record<string, LocalizedText>>;
  readonly criteria: readonly { readonly id: string; readonly weight: number; readonly weightFrom?: Criterion['weightFrom']; readonly name?: LocalizedText }[];
  readonly questions: readonly QuestionSpec[];
  readonly options: readonly OptionSpec[];
  readonly rules?: readonly ({ readonly id: string; readonly when: Condition; readonly effects: readonly Effect[] } & Explained)[];
  readonly guards?: readonly ({ readonly id: string; readonly options: readonly string[]; readonly severity: 'block' | 'caution'; readonly when: Condition } & Explained)[];
};

const COMPONENTS: readonly DisclosureComponent[] = [
  'model-architecture', 'weights', 'technical-report', 'evaluation-results', 'model-card', 'data-card',
  'sample-outputs', 'training-code', 'inference-code', 'evaluation-code', 'evaluation-data',
  'supporting-libraries', 'datasets', 'preprocessing-code', 'intermediate-checkpoints', 'research-paper', 'model-metadata',
];

/** A localized text; without a Japanese text, the English one marked as Japanese. */
export function text(en: string, ja = `${en}（日本語）`): LocalizedText {
  return { en, ja };
}

/** Every disclosure component released, kept for later, or withheld: `released` and `later` name those released or kept. */
export function disclosureOf(released: readonly DisclosureComponent[], later: readonly DisclosureComponent[] = []): Option['disclosure'] {
  return Object.fromEntries(COMPONENTS.map((c) => [c, released.includes(c) ? 'release' : later.includes(c) ? 'later' : 'withhold'])) as Option['disclosure'];
}

/** One question from its spec (choices default to low, mid, high). */
export function buildQuestion(spec: QuestionSpec): Question {
  const base = {
    id: spec.id,
    text: spec.text ?? text(spec.id),
    ...(spec.required !== undefined ? { required: spec.required } : {}),
    ...(spec.showIf ? { showIf: spec.showIf } : {}),
    ...(spec.actionable ? { actionable: spec.actionable } : {}),
  };
  const choices = (spec.choices ?? ['low', 'mid', 'high']).map((c) => (typeof c === 'string' ? { value: c, label: text(c) } : { value: c.value, label: c.label }));
  switch (spec.kind ?? 'choice') {
    case 'choice':
      return { ...base, kind: 'choice', choices, ...(spec.allowUnsure ? { allowUnsure: true } : {}) };
    case 'multi':
      return { ...base, kind: 'multi', choices };
    case 'text':
      return { ...base, kind: 'text' };
  }
}

function optionOf({ id, baseline, ...texts }: OptionSpec): Option {
  return {
    id,
    name: text(id),
    summary: text(`${id} summary`),
    baseline: { ...baseline },
    actions: [{ text: text('act'), horizon: '0-3m', owner: 'executive', phase: 'pilot' }],
    risks: [{ text: text('risk'), mitigation: text('mitigation') }],
    disclosure: disclosureOf([]),
    licence: { kind: 'proprietary', text: text('licence') },
    talkingPoints: [text('one'), text('two'), text('three')],
    ...texts,
  };
}

/** A schema-valid pack with the given scoring parts. */
export function buildPack(spec: PackSpec): Pack {
  const sections: Section[] = [];
  for (const q of spec.questions) {
    const id = q.section ?? 's';
    let section = sections.find((s) => s.id === id);
    if (!section) {
      section = { id, title: spec.sectionTitles?.[id] ?? text(id), questions: [] };
      sections.push(section);
    }
    section.questions.push(buildQuestion(q));
  }
  const explained = (item: { id: string } & Explained) => ({ because: item.because ?? text(item.id), source: item.source ?? 'src' });
  return {
    format: 'aperture-rules/1',
    id: spec.id ?? 'test-pack',
    version: spec.version ?? '1.0.0',
    title: spec.title ?? text('Test pack'),
    sources: spec.sources ? [...spec.sources] : [{ id: 'src', citation: 'Test source' }],
    criteria: spec.criteria.map((c) => ({ id: c.id, name: c.name ?? text(c.id), weight: c.weight, ...(c.weightFrom ? { weightFrom: c.weightFrom } : {}) })),
    sections,
    options: spec.options.map(optionOf),
    rules: (spec.rules ?? []).map((r) => ({ id: r.id, when: r.when, effects: [...r.effects], ...explained(r) })),
    guards: (spec.guards ?? []).map((g) => ({ id: g.id, options: [...g.options], severity: g.severity, when: g.when, ...explained(g) })),
  };
}
