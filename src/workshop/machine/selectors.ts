import type { SnapshotFrom } from 'xstate';
import type { workshopMachine } from './workshop-machine';
import { POSITIONS, type Position } from './workshop-model';
import { brokenUnanimous, unanimousAnswers } from './workshop-state';

type Snapshot = SnapshotFrom<typeof workshopMachine>;

export type PdfStatus = 'idle' | 'exporting' | 'failed';

export const selectPosition = (s: Snapshot): Position => POSITIONS.find((p) => s.matches({ view: p })) ?? 'setup';
export const selectPack = (s: Snapshot) => s.context.pack;
export const selectWorkshop = (s: Snapshot) => s.context.workshop;
export const selectParticipants = (s: Snapshot) => s.context.workshop.participants;
export const selectAgreed = (s: Snapshot) => s.context.workshop.agreed.answers;
export const selectAggregate = (s: Snapshot) => s.context.aggregate;
export const selectConsensus = (s: Snapshot) => s.context.consensus;
export const selectAnonymous = (s: Snapshot) => s.context.anonymous;
export const selectPresenter = (s: Snapshot) => s.context.presenter;
export const selectReport = (s: Snapshot) => s.context.report;
export const selectRemoved = (s: Snapshot) => s.context.removed;
export const selectMovedAside = (s: Snapshot) => s.context.movedAside;
export const selectSaveFailed = (s: Snapshot) => s.context.saveFailed;
export const selectNewer = (s: Snapshot) => s.context.newer;
export const selectExportNotice = (s: Snapshot) => s.context.exportNotice;
export const selectIsOpening = (s: Snapshot) => s.matches({ view: 'opening' });
export const selectIsReading = (s: Snapshot) => s.matches({ view: { participants: 'reading' } });
export const selectIsReadingLink = (s: Snapshot) => s.matches({ view: { participants: 'readingLink' } });
export const selectIsReplacing = (s: Snapshot) => s.matches({ view: { participants: 'replacing' } });
export const selectAgreedUndo = (s: Snapshot) => s.context.agreedUndo.at(-1) ?? null;
export const selectTimerRunning = (s: Snapshot) => s.matches({ view: { presenter: 'timing' } });
export const selectNamesInPdf = (s: Snapshot) => s.context.namesInPdf;
export const selectItems = (s: Snapshot) => s.context.workshop.items;
export const selectBrokenUnanimous = (s: Snapshot) => brokenUnanimous(s.context);
export const selectUnanimousMarks = (s: Snapshot) => s.context.workshop.agreed.unanimous;
export const selectPdfStatus = (s: Snapshot): PdfStatus => (s.matches({ pdf: 'exporting' }) ? 'exporting' : s.matches({ pdf: 'failed' }) ? 'failed' : 'idle');

/** Which steps can be opened now (the overview and later need participants). */
export const selectReachable = (s: Snapshot): Record<Position, boolean> => ({
  setup: true,
  participants: true,
  overview: s.can({ type: 'nav.overview' }),
  agenda: s.can({ type: 'nav.agenda' }),
  presenter: s.can({ type: 'presenter.start', index: 0 }),
  agreed: s.can({ type: 'nav.agreed' }),
});

/** How many unanimous answers of the room are not yet agreed. */
export const selectUnanimousCount = (s: Snapshot) => Object.keys(unanimousAnswers(s.context)).length;
