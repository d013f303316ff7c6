import { render } from '@testing-library/react';
import { vi, onTestFinished } from 'vitest';
import { createActor } from 'xstate';
import { LanguageProvider } from '@/i18n/language-context';
import type { Lang } from '@/i18n/messages';
import type { Pack } from '@/rules/pack/pack-schema';
import { WorkshopBody, workshopChild, type WorkshopActor, type WorkshopScreenProps } from '@/workshop/workshop-screen';
import { testPack, type startHost } from './workshop-pack';

/**
 * The workshop actor of `pack` as the app machine spawns it (`workshopChild`): its record read from
 * this window's localStorage and saved there, `host` told of each hand-off added. Stopped when the
 * test ends.
 */
export function startWorkshop(pack: Pack = testPack, host?: ReturnType<typeof startHost>['host']): WorkshopActor {
  const child = workshopChild(pack, localStorage, new Date());
  const actor = createActor(child.logic, { input: { ...child.input, host } }).start();
  onTestFinished(() => void actor.stop());
  return actor;
}

/** The workshop screen of a running workshop actor (a new one of the test pack by default), with spy callbacks, inside the language provider. */
export function renderWorkshop(props: Partial<WorkshopScreenProps> = {}, options: { lang?: Lang; actor?: WorkshopActor } = {}) {
  const all: WorkshopScreenProps = { onExit: vi.fn(), onAnswerInTurn: vi.fn(), ...props };
  const actor = options.actor ?? startWorkshop();
  const view = render(
    <LanguageProvider initial={options.lang ?? 'en'}>
      <WorkshopBody actor={actor} {...all} />
    </LanguageProvider>,
  );
  // Unmounted, the screen's own actor stops, as the app machine stops its child when the workshop closes.
  const unmount = () => {
    view.unmount();
    if (!options.actor) actor.stop();
  };
  return { ...view, unmount, props: all, actor };
}
