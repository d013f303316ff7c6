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
 * Test helper: builds a schema-valid pack from the parts scoring reads, with filler texts for the
 * rest. Questions are grouped into sections by their `section` (default "s").
 */

export type QuestionSpec = {
  readonly id: string;
  readonly kind?: 'choice' | 'multi' | 'text';
  readonly choices?: readonly string[];
  readonly allowUnsure?: boolean;
  readonly showIf?: Condition;
  readonly section?: string;
  readonly actionable?: Actionable;
};

export type PackSpec = {
  readonly criteria: readonly { readonly id: string; readonly weight: number; readonly weightFrom?: Criterion['weightFrom'] }[];
  readonly questions: readonly QuestionSpec[];
  readonly options: readonly { readonly id: string; readonly baseline: Readonly<Record<string, number>> }[];
  readonly rules?: readonly { readonly id: string; readonly when: Condition; readonly effects: readonly Effect[] }[];
  readonly guards?: readonly { readonly id: string; readonly options: readonly string[]; readonly severity: 'block' | 'caution'; readonly when: Condition }[];
};

const COMPONENTS: readonly DisclosureComponent[] = [
  'model-architecture', 'weights', 'technical-report', 'evaluation-results', 'model-card', 'data-card',
  'sample-outputs', 'training-code', 'inference-code', 'evaluation-code', 'evaluation-data',
  'supporting-libraries', 'datasets', 'preprocessing-code', 'intermediate-checkpoints', 'research-paper', 'model-metadata',
];

/** A localized text with a Japanese counterpart. */
export function text(en: string): LocalizedText {
  return { en, ja: `${en}（日本語）` };
}

/** One question from its spec (choices default to low, mid, high). */
export function buildQuestion(spec: QuestionSpec): Question {
  const base = { id: spec.id, text: text(spec.id), ...(spec.showIf ? { showIf: spec.showIf } : {}), ...(spec.actionable ? { actionable: spec.actionable } : {}) };
  const choices = (spec.choices ?? ['low', 'mid', 'high']).map((value) => ({ value, label: text(value) }));
  switch (spec.kind ?? 'choice') {
    case 'choice':
      return { ...base, kind: 'choice', choices, ...(spec.allowUnsure ? { allowUnsure: true } : {}) };
    case 'multi':
      return { ...base, kind: 'multi', choices };
    case 'text':
      return { ...base, kind: 'text' };
  }
}

function optionOf(id: string, baseline: Readonly<Record<string, number>>): Option {
  return {
    id,
    name: text(id),
    summary: text(`${id} summary`),
    baseline: { ...baseline },
    actions: [{ text: text('act'), horizon: '0-3m', owner: 'executive', phase: 'pilot' }],
    risks: [{ text: text('risk'), mitigation: text('mitigation') }],
    disclosure: Object.fromEntries(COMPONENTS.map((c) => [c, 'withhold'])) as Option['disclosure'],
    licence: { kind: 'proprietary', text: text('licence') },
    talkingPoints: [text('one'), text('two'), text('three')],
  };
}

/** A schema-valid pack with the given scoring parts. */
export function buildPack(spec: PackSpec): Pack {
  const sections: Section[] = [];
  for (const q of spec.questions) {
    const id = q.section ?? 's';
    let section = sections.find((s) => s.id === id);
    if (!section) {
      section = { id, title: text(id), questions: [] };
      sections.push(section);
    }
    section.questions.push(buildQuestion(q));
  }
  return {
    format: 'aperture-rules/1',
    id: 'test-pack',
    version: '1.0.0',
    title: text('Test pack'),
    sources: [{ id: 'src', citation: 'Test source' }],
    criteria: spec.criteria.map((c) => ({ id: c.id, name: text(c.id), weight: c.weight, ...(c.weightFrom ? { weightFrom: c.weightFrom } : {}) })),
    sections,
    options: spec.options.map((o) => optionOf(o.id, o.baseline)),
    rules: (spec.rules ?? []).map((r) => ({ id: r.id, when: r.when, effects: [...r.effects], because: text(r.id), source: 'src' })),
    guards: (spec.guards ?? []).map((g) => ({ id: g.id, options: [...g.options], severity: g.severity, when: g.when, because: text(g.id), source: 'src' })),
  };
}
