import { lazy, type ComponentProps } from 'react';
import { lazyPart, quiet } from '@/lib/lazy-part';

/**
 * Parts of the app that only some visits need (a share link opened, a participant's turn, a pack
 * change, answers carried over from another version, sharing): fetched when first shown, so that
 * the first screen stays within its budget. (The banner of a turn is not among them: it must be
 * there from the first moment.) The notices wait in silence: they are notices and actions beside a
 * screen that is already there.
 */

const LinkQuestionnaire = lazy(() => import('./links/incoming-link').then((m) => ({ default: m.IncomingLinkForQuestionnaire })));
const LinkWorkshop = lazy(() => import('./links/incoming-link').then((m) => ({ default: m.IncomingLinkForWorkshop })));
const Finish = lazy(() => import('./turn/finish-turn').then((m) => ({ default: m.FinishTurn })));
const Aside = lazy(() => import('@/packs/screens/pack-notices').then((m) => ({ default: m.AsidePackNotice })));
const Change = lazy(() => import('@/packs/screens/pack-notices').then((m) => ({ default: m.PackChangeNotice })));
const Share = lazy(() => import('./links/share-answers').then((m) => ({ default: m.ShareAnswers })));
const Migration = lazy(() => import('@/questionnaire/notices/migration-notice').then((m) => ({ default: m.MigrationNotice })));

export const IncomingLinkForQuestionnaire = quiet<ComponentProps<typeof LinkQuestionnaire>>(LinkQuestionnaire);
export const IncomingLinkForWorkshop = quiet<ComponentProps<typeof LinkWorkshop>>(LinkWorkshop);
export const FinishTurn = quiet<ComponentProps<typeof Finish>>(Finish);
export const PackChangeNotice = quiet<ComponentProps<typeof Change>>(Change);
export const ShareAnswers = quiet<object>(Share);
const AsideNotice = quiet<ComponentProps<typeof Aside>>(Aside);
const MigrationQuiet = quiet<ComponentProps<typeof Migration>>(Migration);

export function AsidePackNotice(props: ComponentProps<typeof Aside>) {
  return props.packs.length > 0 ? <AsideNotice {...props} /> : null;
}

export function MigrationNotice(props: ComponentProps<typeof Migration>) {
  return props.problems.length > 0 || props.report ? <MigrationQuiet {...props} /> : null;
}

/** The pack dialog's picker: a chunk of its own (with the file drop), which the start screen's pack card brings too; the dialog opens once it is here (pack-choice.tsx). */
export const PackPicker = lazyPart(() => import('@/packs/screens/pack-picker').then((m) => m.PackPicker));

/**
 * Under the start screen, below the fold: run a workshop, use another rules pack. Fetched once the
 * start screen has been painted, in the place of an `OptionalPart`; the pack dialog's picker with it.
 */
export const StartExtras = lazyPart(() =>
  import('./modes/start-extras').then((m) => {
    void PackPicker.preload();
    return m.StartExtras;
  }),
);
