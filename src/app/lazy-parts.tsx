import { lazy, Suspense, type ComponentProps, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * Parts of the app that only some visits need (a share link opened, a participant's turn, a pack
 * change, answers carried over from another version, sharing): fetched when first shown, so that
 * the first screen stays within its budget. (The banner of a turn is not among them: it must be
 * there from the first moment.) Each waits in silence: they are notices and actions
 * beside a screen that is already there.
 */

function quiet<P extends object>(Part: LazyExoticComponent<ComponentType<P>>) {
  return function Quiet(props: P) {
    return (
      <Suspense fallback={null}>
        <Part {...props} />
      </Suspense>
    );
  };
}

const LinkQuestionnaire = lazy(() => import('./incoming-link').then((m) => ({ default: m.IncomingLinkForQuestionnaire })));
const LinkWorkshop = lazy(() => import('./incoming-link').then((m) => ({ default: m.IncomingLinkForWorkshop })));
const Finish = lazy(() => import('./finish-turn').then((m) => ({ default: m.FinishTurn })));
const Aside = lazy(() => import('./pack-notices').then((m) => ({ default: m.AsidePackNotice })));
const Change = lazy(() => import('./pack-notices').then((m) => ({ default: m.PackChangeNotice })));
const Problems = lazy(() => import('./pack-problems').then((m) => ({ default: m.PackProblems })));
const Share = lazy(() => import('./share-answers').then((m) => ({ default: m.ShareAnswers })));
const Migration = lazy(() => import('@/questionnaire/migration-notice').then((m) => ({ default: m.MigrationNotice })));

export const IncomingLinkForQuestionnaire = quiet<ComponentProps<typeof LinkQuestionnaire>>(LinkQuestionnaire);
export const IncomingLinkForWorkshop = quiet<ComponentProps<typeof LinkWorkshop>>(LinkWorkshop);
export const FinishTurn = quiet<ComponentProps<typeof Finish>>(Finish);
export const PackChangeNotice = quiet<ComponentProps<typeof Change>>(Change);
export const PackProblems = quiet<ComponentProps<typeof Problems>>(Problems);
export const ShareAnswers = quiet<object>(Share);
const AsideNotice = quiet<ComponentProps<typeof Aside>>(Aside);
const MigrationQuiet = quiet<ComponentProps<typeof Migration>>(Migration);

export function AsidePackNotice(props: ComponentProps<typeof Aside>) {
  return props.packs.length > 0 ? <AsideNotice {...props} /> : null;
}

export function MigrationNotice(props: ComponentProps<typeof Migration>) {
  return props.problems.length > 0 || props.report ? <MigrationQuiet {...props} /> : null;
}
