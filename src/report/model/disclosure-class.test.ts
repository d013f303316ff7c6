import { describe, expect, it } from 'vitest';
import type { DisclosureComponent, DisclosureState } from '@/rules/pack/pack-schema';
import { DISCLOSURE_COMPONENTS } from '@/rules/pack/pack-schema';
import { afterLaterReleases, MOF_REQUIRED, meetsOsaid, mofClass, mofLevelOf, type Disclosure } from './disclosure-class';

function disclosure(released: readonly DisclosureComponent[], later: readonly DisclosureComponent[] = []): Disclosure {
  return Object.fromEntries(
    DISCLOSURE_COMPONENTS.map((c): [DisclosureComponent, DisclosureState] => [
      c,
      released.includes(c) ? 'release' : later.includes(c) ? 'later' : 'withhold',
    ]),
  ) as Disclosure;
}

const classIII = MOF_REQUIRED.III;
const classII = [...classIII, ...MOF_REQUIRED.II];
const classI = [...classII, ...MOF_REQUIRED.I];

describe('mofClass', () => {
  it('is none when nothing is released', () => {
    expect(mofClass(disclosure([]), 'open')).toEqual({ kind: 'none' });
  });

  it('recognises a documentation-only scope whatever the licence', () => {
    const docs = disclosure(['model-card', 'data-card', 'evaluation-results']);
    expect(mofClass(docs, 'proprietary')).toEqual({ kind: 'docs-only', released: ['evaluation-results', 'model-card', 'data-card'] });
  });

  it('cannot classify weights under a restricted licence, even with everything released', () => {
    expect(mofClass(disclosure(classI), 'restricted')).toEqual({ kind: 'licence-fails', licence: 'restricted' });
  });

  it.each([
    ['III', classIII, MOF_REQUIRED.II],
    ['II', classII, MOF_REQUIRED.I],
    ['I', classI, []],
  ] as const)('reaches Class %s with its required components under an open licence', (level, components, next) => {
    expect(mofClass(disclosure(components), 'open')).toEqual({ kind: 'class', level, missingForNext: next });
  });

  it('says which Class III components are missing when weights are out but documentation is not', () => {
    expect(mofClass(disclosure(['weights', 'model-architecture', 'model-card']), 'open')).toEqual({
      kind: 'below-class-iii',
      missing: ['technical-report', 'evaluation-results', 'data-card'],
    });
  });

  it('needs the lower classes too: Class II code without the Class III documents is below Class III', () => {
    const result = mofClass(disclosure([...MOF_REQUIRED.II, 'weights', 'model-architecture']), 'open');
    expect(result.kind).toBe('below-class-iii');
  });

  it('ignores optional components', () => {
    expect(mofClass(disclosure([...classIII, 'sample-outputs', 'supporting-libraries']), 'open')).toMatchObject({ level: 'III' });
  });

  it('counts "later" components once they are released', () => {
    const scope = disclosure(classIII, MOF_REQUIRED.II);
    expect(mofClass(scope, 'open')).toMatchObject({ level: 'III' });
    expect(mofClass(afterLaterReleases(scope), 'open')).toMatchObject({ level: 'II' });
  });

  it('places every component in exactly one class', () => {
    for (const c of DISCLOSURE_COMPONENTS) expect(['III', 'II', 'I']).toContain(mofLevelOf(c).level);
  });
});

describe('meetsOsaid', () => {
  it('meets the definition with an open licence, weights, code and data information', () => {
    expect(meetsOsaid(disclosure(['weights', 'training-code', 'inference-code', 'data-card', 'technical-report']), 'open')).toEqual({
      meets: true,
      openLicence: true,
      missing: [],
    });
  });

  it('does not need the datasets themselves', () => {
    expect(meetsOsaid(disclosure(classII), 'open').meets).toBe(true);
  });

  it('fails on a restricted licence and names what is missing', () => {
    expect(meetsOsaid(disclosure(['weights', 'model-card']), 'restricted')).toEqual({
      meets: false,
      openLicence: false,
      missing: ['training-code', 'inference-code', 'data-card', 'technical-report'],
    });
  });
});
