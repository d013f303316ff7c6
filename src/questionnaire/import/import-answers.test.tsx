import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '@/i18n/language-context';
import type { Lang } from '@/i18n/messages';
import { ImportAnswers } from './import-answers';
import { smallPack as pack } from '@test/support/questionnaire-pack';

function renderImport(lang: Lang = 'en', replaces = false) {
  const onImport = vi.fn();
  render(
    <LanguageProvider initial={lang}>
      <ImportAnswers pack={pack} replaces={replaces} onImport={onImport} />
    </LanguageProvider>,
  );
  return { onImport, user: userEvent.setup() };
}

const file = (content: unknown, name = 'answers.json') =>
  new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/json' });

const partial = {
  format: 'aperture-answers/1',
  rules: { id: 'ui-small', version: '1.0.0' },
  respondent: { name: 'Aiko' },
  answers: { 'profile.builds': 'own', 'profile.size': 'huge', 'goals.trust': 'some', 'goals.extra': 'x' },
};

describe('ImportAnswers', () => {
  it('lists every problem in words and imports the valid answers on request', async () => {
    const { user, onImport } = renderImport('en', true);
    await user.upload(screen.getByLabelText('Choose a file'), file(partial));
    const alert = await screen.findByRole('alert', { name: 'Not everything in answers.json can be imported' });
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '“How many employees?”: “huge” is not one of the choices (“Fewer than 300”, “300 or more”); it was ignored.',
      'goals.extra: this questionnaire has no such question; the answer was ignored.',
    ]);
    expect(alert).toHaveTextContent('Importing replaces the answers you have now.');
    await user.click(within(alert).getByRole('button', { name: 'Import the 2 valid answers' }));
    expect(onImport).toHaveBeenCalledWith({ 'profile.builds': 'own', 'goals.trust': 'some' }, { name: 'Aiko' });
  });

  it('imports a clean file as a whole', async () => {
    const { user, onImport } = renderImport();
    await user.upload(screen.getByLabelText('Choose a file'), file({ ...partial, answers: { 'goals.trust': 'none' } }));
    const alert = await screen.findByRole('alert', { name: 'answers.json is ready to import' });
    await user.click(within(alert).getByRole('button', { name: 'Import the answers' }));
    expect(onImport).toHaveBeenCalledWith({ 'goals.trust': 'none' }, { name: 'Aiko' });
  });

  it('refuses a file that is not an answers file, in the user’s language', async () => {
    const { user, onImport } = renderImport('ja');
    await user.upload(screen.getByLabelText('ファイルを選択'), file('{"format": "aperture-answers/1", ', 'broken.json'));
    const alert = await screen.findByRole('alert', { name: 'broken.json は読み込めません' });
    expect(within(alert).queryByRole('button', { name: /読み込む/ })).toBeNull();
    expect(within(alert).getAllByRole('listitem')).toHaveLength(1);
    await user.click(within(alert).getByRole('button', { name: 'キャンセル' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onImport).not.toHaveBeenCalled();
  });

  it('refuses answers of another pack', async () => {
    const { user } = renderImport();
    await user.upload(screen.getByLabelText('Choose a file'), file({ ...partial, rules: { id: 'other', version: '1.0.0' } }));
    const alert = await screen.findByRole('alert', { name: 'answers.json cannot be imported' });
    expect(alert).toHaveTextContent('These answers are for another questionnaire (id “other”), not for “Small test pack”.');
  });

  it('names the choices and the questionnaire by their Japanese labels, never by their codes', async () => {
    const { user } = renderImport('ja');
    await user.upload(screen.getByLabelText('ファイルを選択'), file(partial));
    const alert = await screen.findByRole('alert', { name: 'answers.json の一部は読み込めません' });
    expect(within(alert).getAllByRole('listitem')[0]).toHaveTextContent(/^「従業員数は何人ですか」：「huge」は選択肢（「300人未満」、「300人以上」）にないため、読み込みませんでした。$/);
    expect(alert).not.toHaveTextContent(/small|large/);
    await user.click(within(alert).getByRole('button', { name: 'キャンセル' }));
    await user.upload(screen.getByLabelText('ファイルを選択'), file({ ...partial, rules: { id: 'other', version: '1.0.0' } }));
    const refused = await screen.findByRole('alert', { name: 'answers.json は読み込めません' });
    expect(refused).toHaveTextContent('この回答は別の質問票（ID：other）のもので、「小さなテスト用パック」には読み込めません。');
  });

  it('accepts a file dropped on the zone', async () => {
    renderImport();
    const zone = screen.getByText('Drag an answers file here, or').parentElement as HTMLElement;
    fireEvent.drop(zone, { dataTransfer: { files: [file({ ...partial, answers: {} }, 'dropped.json')] } });
    const alert = await screen.findByRole('alert', { name: 'dropped.json cannot be imported' });
    expect(alert).toHaveTextContent('None of the answers in this file fit this questionnaire.');
  });
});
