import '@/i18n/domains/workshop';
import { shallowEqual } from '@xstate/react';
import { useT } from '@/i18n/language-context';
import { Button } from '@/ui/button';
import { AgendaPanel } from './agenda/agenda-panel';
import { AgreedPanel } from './agenda/agreed-panel';
import { OverviewPanel } from './panels/overview-panel';
import { ParticipantsPanel } from './panels/participants-panel';
import { PresenterScreen } from './presenter/presenter-screen';
import { selectPosition, selectReachable, selectWorkshop } from './machine/selectors';
import { SetupPanel } from './panels/setup-panel';
import { WorkshopMachineContext } from './machine/workshop-context';
import type { Position } from './machine/workshop-model';
import type { WorkshopScreenProps } from './workshop-screen';
import { WorkshopToolbar } from './workshop-toolbar';

const STEPS = ['setup', 'participants', 'overview', 'agenda', 'agreed'] as const satisfies readonly Position[];
type Step = (typeof STEPS)[number];

const NAV_EVENT = {
  setup: 'nav.setup',
  participants: 'nav.participants',
  overview: 'nav.overview',
  agenda: 'nav.agenda',
  agreed: 'nav.agreed',
} as const satisfies Record<Step, string>;

/** The workshop screen inside its actor: steps, toolbar and the current panel (or the presenter). */
export function WorkshopView({ onExit, onAnswerInTurn, turnOpen }: WorkshopScreenProps) {
  const t = useT();
  const actor = WorkshopMachineContext.useActorRef();
  const position = WorkshopMachineContext.useSelector(selectPosition);
  const reachable = WorkshopMachineContext.useSelector(selectReachable, shallowEqual);
  const workshop = WorkshopMachineContext.useSelector(selectWorkshop);

  if (position === 'presenter') return <PresenterScreen />;

  const current: Step = position;
  return (
    <div className="workshop">
      <header className="workshop__header">
        <div>
          <p className="workshop__kicker">{t('workshop.title')}</p>
          <h1 className="workshop__title">{workshop.title || t('workshop.untitled')}</h1>
        </div>
        <Button variant="secondary" onClick={onExit}>
          {t('workshop.exit')}
        </Button>
      </header>
      <nav className="workshop-steps" aria-label={t('workshop.steps.label')}>
        <ol>
          {STEPS.map((step, i) => (
            <li key={step}>
              <button
                type="button"
                className="workshop-steps__step"
                aria-current={current === step ? 'step' : undefined}
                disabled={!reachable[step]}
                onClick={() => actor.send({ type: NAV_EVENT[step] })}
              >
                <span className="workshop-steps__number" aria-hidden="true">
                  {i + 1}
                </span>
                {t(`workshop.steps.${step}`)}
                {step === 'participants' ? ` (${workshop.participants.length})` : ''}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <WorkshopToolbar />
      <div className="workshop__panel">
        {current === 'setup' ? <SetupPanel key={`${workshop.title}\u0000${workshop.date}\u0000${workshop.notes ?? ''}`} /> : null}
        {current === 'participants' ? <ParticipantsPanel onAnswerInTurn={onAnswerInTurn} turnOpen={turnOpen ?? null} /> : null}
        {current === 'overview' ? <OverviewPanel /> : null}
        {current === 'agenda' ? <AgendaPanel /> : null}
        {current === 'agreed' ? <AgreedPanel /> : null}
      </div>
    </div>
  );
}
