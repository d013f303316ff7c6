import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { smallPack } from './questionnaire-pack';
import { App } from '../../src/app/app';
import { bootPacksWith, checkPackText, packTools } from '../../src/packs/load/pack-boot';
import type { PackBootModule } from '../../src/packs/load/pack-loading';

/** The app's tests: the small pack stands in for the bundled one (the real loader checks any other). */
export const fakePackBoot = (): Promise<PackBootModule> =>
  Promise.resolve({
    checkPackText,
    packTools,
    bootPacksWith,
    bootPacks: (storage: Storage | undefined) => bootPacksWith(smallPack, storage),
  });

export function renderApp(load: () => Promise<PackBootModule> = fakePackBoot) {
  const view = render(<App load={load} storage={localStorage} />);
  return { ...view, user: userEvent.setup() };
}

export const packFile = (name: string, text: string) => new File([text], name, { type: 'application/json' });

/** Answers the small pack from the start screen ("we buy AI services": two sections) up to the review. */
export async function answerSmallPack(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(await screen.findByRole('button', { name: 'Start' }));
  await user.click(await screen.findByRole('radio', { name: 'We buy AI services' }));
  await user.click(screen.getByRole('radio', { name: '300 or more' }));
  await user.click(screen.getByRole('button', { name: 'Save and continue' }));
  await user.click(await screen.findByRole('radio', { name: 'Critical' }));
  await user.click(screen.getByRole('button', { name: 'Save and continue' }));
  await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
}
