import '@/i18n/domains/results';
import type { Dispatch } from 'react';
import { useT } from '@/i18n/language-context';
import { quotedInSentence } from '@/i18n/t';
import type { Answers } from '@/rules/answers/answers-schema';
import { useFormats } from '../format';
import type { PackText } from '../pack-text';
import { isScenarioActive, type Scenario, type ScenarioAction } from './scenario';
import { own } from '@/rules/own';
import { Button } from '@/ui/button';

type ScenarioBarProps = {
  scenario: Scenario;
  /** The user's own answers, and the weights the scenario's answers give: what each change is "from". */
  answers: Answers;
  answerWeights: Readonly<Record<string, number>>;
  text: PackText;
  dispatch: Dispatch<ScenarioAction>;
  onReset: () => void;
};

/** The "scenario" badge: what the what-if changes, each undoable, and the way back to the real answers. */
export function ScenarioBar({ scenario, answers, answerWeights, text, dispatch, onReset }: ScenarioBarProps) {
  const t = useT();
  const f = useFormats();
  if (!isScenarioActive(scenario)) return null;
  const changes = [
    ...Object.entries(scenario.weights).map(([criterion, to]) => ({
      key: `w:${criterion}`,
      label: t('results.scenario.weight', { criterion: text.criterion(criterion), from: f.weight(own(answerWeights, criterion) ?? 0), to: f.weight(to) }),
      undo: { type: 'weight.clear', criterion } as const,
    })),
    ...Object.entries(scenario.answers).map(([question, to]) => ({
      key: `a:${question}`,
      label: t('results.scenario.answer', { question: quotedInSentence(text.question(question)), from: text.answer(question, own(answers, question)), to: text.answer(question, to) }),
      undo: { type: 'answer.clear', question } as const,
    })),
  ];
  return (
    <section className="scenario-bar" aria-labelledby="results-scenario">
      <h2 id="results-scenario" className="scenario-bar__badge">
        {t('results.scenario.badge')}
      </h2>
      <p className="scenario-bar__summary">{t('results.scenario.summary', { count: f.count(changes.length) })}</p>
      <ul className="scenario-bar__changes">
        {changes.map((c) => (
          <li key={c.key}>
            <span>{c.label}</span>{' '}
            <Button variant="link" aria-label={t('results.scenario.remove', { change: c.label })} onClick={() => dispatch(c.undo)}>
              {t('results.scenario.undo')}
            </Button>
          </li>
        ))}
      </ul>
      <Button onClick={onReset}>{t('results.scenario.reset')}</Button>
    </section>
  );
}
