import '@/i18n/domains/target';
import '@/i18n/domains/report';
import type { Option } from '@/rules/pack/pack-schema';
import { DISCLOSURE_COMPONENTS, HORIZONS, PHASES, type DisclosureComponent } from '@/rules/pack/pack-vocabulary';
import { afterLaterReleases, meetsOsaid, mofClass, mofLevelOf, type MofResult } from './disclosure-class';
import type { ReportContext } from './report-context';
import type { ReportTone, RoadmapModel, ScopeModel, TableCell, TalkingPointsModel, TargetPathModel } from './report-model-types';
import { describeTarget } from '../phrases/target-phrase';

const STATE_TONE: Record<Option['disclosure'][DisclosureComponent], ReportTone> = {
  release: 'recommended',
  later: 'viable',
  withhold: 'muted',
};

function components(c: ReportContext, items: readonly DisclosureComponent[]): string {
  return c.list(
    items.map((item) => c.t(`report.scope.component.${item}`)),
    c.t('report.scope.list'),
  );
}

function mofSentence(c: ReportContext, result: MofResult): string {
  const { t } = c;
  switch (result.kind) {
    case 'none':
      return t('report.scope.mof.none');
    case 'docs-only':
      return t('report.scope.mof.docsOnly', { components: components(c, result.released) });
    case 'licence-fails':
      return t('report.scope.mof.licenceFails', { licence: t(`report.scope.licenceKind.${result.licence}`) });
    case 'below-class-iii':
      return t('report.scope.mof.belowClassIII', { components: components(c, result.missing) });
    case 'class':
      if (result.level === 'I') return t('report.scope.mof.classTop');
      return t('report.scope.mof.classWithNext', {
        level: result.level,
        name: t(`report.scope.className.${result.level}`),
        next: result.level === 'III' ? 'II' : 'I',
        components: components(c, result.missingForNext),
      });
  }
}

/** The disclosure scope of the lead option: every MOF component, its class and decision. */
export function buildScope(c: ReportContext): ScopeModel {
  const { t, lead } = c;
  const option = lead ? c.option(lead.option) : undefined;
  const rows = option
    ? DISCLOSURE_COMPONENTS.map((component): TableCell[] => {
        const { level, required } = mofLevelOf(component);
        const state = option.disclosure[component];
        return [
          t(`report.scope.component.${component}`),
          t(required ? 'report.scope.classLabel' : 'report.scope.optional', { level }),
          { text: t(`report.scope.state.${state}`), tone: STATE_TONE[state] },
        ];
      })
    : [];
  const mof: string[] = [];
  const osaid: string[] = [];
  if (option) {
    const now = mofClass(option.disclosure, option.licence.kind);
    mof.push(mofSentence(c, now));
    const later = mofClass(afterLaterReleases(option.disclosure), option.licence.kind);
    if (later.kind === 'class' && (now.kind !== 'class' || now.level !== later.level)) {
      mof.push(t('report.scope.mof.later', { level: later.level, name: t(`report.scope.className.${later.level}`) }));
    }
    const check = meetsOsaid(option.disclosure, option.licence.kind);
    const releasesNothing = Object.values(option.disclosure).every((state) => state === 'withhold');
    if (releasesNothing) osaid.push(t('report.scope.osaid.outOfScope'));
    else if (check.meets) osaid.push(t('report.scope.osaid.meets'));
    else {
      osaid.push(t('report.scope.osaid.fails'));
      if (!check.openLicence) osaid.push(t('report.scope.osaid.licence'));
      if (check.missing.length > 0) osaid.push(t('report.scope.osaid.missing', { components: components(c, check.missing) }));
    }
  }
  return {
    heading: t('report.scope.heading'),
    intro: t('report.scope.intro', { option: lead ? c.optionRef(lead.option) : '' }),
    table: { columns: [t('report.scope.colComponent'), t('report.scope.colClass'), t('report.scope.colState')], rows },
    licence: option
      ? t('report.scope.licence', { kind: t(`report.scope.licenceKind.${option.licence.kind}`), text: c.text(option.licence.text) })
      : '',
    mofHeading: t('report.scope.mofHeading'),
    mof,
    osaidHeading: t('report.scope.osaidHeading'),
    osaid,
  };
}

/** The staged path to the target of `meta.target`: a table of stages whose checkpoints gate each phase, or why there is none. */
function buildTargetPath(c: ReportContext): TargetPathModel | undefined {
  const plan = c.meta.target;
  if (!plan) return undefined;
  const { t } = c;
  const view = describeTarget(plan, c.pack, c.lang);
  const rows = view.stages.flatMap((stage): TableCell[][] => [
    ...stage.checkpoints.map((cp, i): TableCell[] => [
      i === 0 ? joinAsSentences([stage.title, stage.gate], t('target.sentenceJoin')) : '',
      joinAsSentences([cp.text, ...(cp.fromLowest ? [cp.fromLowest] : []), ...cp.actions], t('target.sentenceJoin')),
      cp.owner,
    ]),
    ['', { text: stage.summary, tone: 'muted' }, ''],
  ]);
  return {
    heading: t('report.roadmap.path.pathHeading', { option: view.option }),
    lines: [view.headline, view.now, ...(view.lifts ? [view.lifts] : [])],
    ...(rows.length > 0 ? { table: { columns: [t('report.roadmap.path.colStage'), t('report.roadmap.path.colCheckpoint'), t('report.roadmap.path.colOwner')], rows } } : {}),
    notes: [...view.obstacles.flatMap((o) => [o.because, ...(o.facts ? [o.facts] : [])]), ...view.notes],
  };
}

/** The lead option's actions on the four phases (pilot → community → licence → governance), soonest first. */
export function buildRoadmap(c: ReportContext): RoadmapModel {
  const { t, lead } = c;
  const path = buildTargetPath(c);
  const actions = (lead ? c.option(lead.option)?.actions : undefined) ?? [];
  const phases = PHASES.map((phase) => {
    const inPhase = actions
      .filter((a) => a.phase === phase)
      .sort((a, b) => HORIZONS.indexOf(a.horizon) - HORIZONS.indexOf(b.horizon));
    return { phase, inPhase };
  });
  return {
    heading: t('report.roadmap.heading'),
    intro: t('report.roadmap.intro', { option: lead ? c.optionRef(lead.option) : '' }),
    phases: phases.map(({ phase, inPhase }) => ({
      id: phase,
      title: t(`report.roadmap.phase.${phase}`),
      count: t('report.roadmap.actionCount', { count: c.count(inPhase.length) }),
    })),
    table: {
      columns: [t('report.roadmap.colPhase'), t('report.roadmap.colAction'), t('report.roadmap.colHorizon'), t('report.roadmap.colOwner')],
      rows: phases.flatMap(({ phase, inPhase }): TableCell[][] => {
        const title = t(`report.roadmap.phase.${phase}`);
        if (inPhase.length === 0) return [[title, { text: t('report.roadmap.emptyPhase'), tone: 'muted' }, '', '']];
        return inPhase.map((a, i) => [
          i === 0 ? title : '',
          c.text(a.text),
          t(`report.horizon.${a.horizon}`),
          t(`report.owner.${a.owner}`),
        ]);
      }),
    },
    ...(path ? { path } : {}),
  };
}

/** The lead option's talking points for the board. */
export function buildTalkingPoints(c: ReportContext): TalkingPointsModel {
  const { t, lead } = c;
  const option = lead ? c.option(lead.option) : undefined;
  return {
    heading: t('report.talkingPoints.heading'),
    intro: t('report.talkingPoints.intro', { option: lead ? c.optionRef(lead.option) : '' }),
    points: (option?.talkingPoints ?? []).map((p) => c.text(p)),
  };
}

/** Texts one after another with `join` (「。」, ". ") between them; a text that already ends its sentence does not get a second full stop. */
function joinAsSentences(texts: readonly string[], join: string): string {
  return texts.map((text, i) => (i < texts.length - 1 ? text.replace(/[。.]\s*$/u, '') : text)).join(join);
}
