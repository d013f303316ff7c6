import '@/i18n/domains/results';
import { memo, useId, useState, type Dispatch, type ReactNode } from 'react';
import type { Scored } from '@/engine/score/types';
import { isQuestionVisible } from '@/engine/conditions/visibility';
import { useLanguage } from '@/i18n/language-context';
import { localize } from '@/i18n/t';
import { isUnsure, type AnswerValue, type Answers } from '@/rules/answers/answers-schema';
import type { ChoiceQuestion, MultiQuestion, Pack } from '@/rules/pack/pack-schema';
import { useFormats } from '../format';
import type { PackText } from '../pack-text';
import type { Scenario, ScenarioAction } from './scenario';
import { own } from '@/rules/own';
import { WEIGHT } from '@/rules/limits';

type WhatIfPanelProps = {
  pack: Pack;
  /** The user's own answers (what an answer override is compared with). */
  answers: Answers;
  /** The weights the scenario's answers give (what a weight override is compared with). */
  answerWeights: Readonly<Record<string, number>>;
  /** The answers and ranking of the scenario (what the controls show). */
  scenarioAnswers: Answers;
  scored: Scored;
  scenario: Scenario;
  dispatch: Dispatch<ScenarioAction>;
  text: PackText;
};

type ControlProps = {
  original: AnswerValue | undefined;
  value: AnswerValue | undefined;
  changed: boolean;
  dispatch: Dispatch<ScenarioAction>;
};

/** A select value for "not sure"; choice values are ids, so they never contain "?". */
const UNSURE_VALUE = '?unsure';

function ChoiceControl({ question, original, value, changed, dispatch }: ControlProps & { question: ChoiceQuestion }) {
  const { lang, t } = useLanguage();
  const id = useId();
  const current = isUnsure(value) ? UNSURE_VALUE : typeof value === 'string' ? value : '';
  const empty = (v: AnswerValue | undefined) => v === undefined || v === '';
  return (
    <div className={changed ? 'what-if__control what-if__control--changed' : 'what-if__control'}>
      <label htmlFor={id}>{localize(question.text, lang)}</label>
      <select
        id={id}
        className="input"
        value={current}
        onChange={(event) => {
          const next = event.target.value;
          const chosen: AnswerValue | null = next === '' ? null : next === UNSURE_VALUE ? { unsure: true } : next;
          dispatch({ type: 'answer.set', question: question.id, value: chosen, original });
        }}
      >
        {empty(original) || current === '' ? <option value="">{t('results.whatIf.notAnswered')}</option> : null}
        {question.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {localize(choice.label, lang)}
          </option>
        ))}
        {question.allowUnsure || isUnsure(original) ? <option value={UNSURE_VALUE}>{t('results.whatIf.notSure')}</option> : null}
      </select>
    </div>
  );
}

function MultiControl({ question, original, value, changed, dispatch }: ControlProps & { question: MultiQuestion }) {
  const { lang } = useLanguage();
  const selected = Array.isArray(value) ? value : [];
  return (
    <fieldset className={changed ? 'what-if__control what-if__control--changed' : 'what-if__control'}>
      <legend>{localize(question.text, lang)}</legend>
      {question.choices.map((choice) => (
        <label key={choice.value} className="what-if__check">
          <input
            type="checkbox"
            checked={selected.includes(choice.value)}
            onChange={(event) => {
              const keep = new Set(selected.filter((v) => v !== choice.value));
              if (event.target.checked) keep.add(choice.value);
              const next = question.choices.map((c) => c.value).filter((v) => keep.has(v));
              dispatch({ type: 'answer.set', question: question.id, value: next, original });
            }}
          />
          {localize(choice.label, lang)}
        </label>
      ))}
    </fieldset>
  );
}

/** One criterion's weight; a step of another slider leaves it as it is (memo). */
const WeightSlider = memo(function WeightSlider({ criterion, weight, original, changed, dispatch, name }: {
  criterion: string;
  weight: number;
  original: number;
  changed: boolean;
  name: string;
  dispatch: Dispatch<ScenarioAction>;
}) {
  const { t } = useLanguage();
  const f = useFormats();
  const id = useId();
  return (
    <div className={changed ? 'what-if__weight what-if__control--changed' : 'what-if__weight'}>
      <label htmlFor={id}>{name}</label>
      <input
        id={id}
        type="range"
        min={WEIGHT.min}
        max={WEIGHT.max}
        step={0.5}
        value={weight}
        aria-valuetext={t('results.whatIf.weightValue', { value: f.weight(weight) })}
        onChange={(event) => dispatch({ type: 'weight.set', criterion, value: Number(event.target.value), original })}
      />
      <output htmlFor={id}>{f.weight(weight)}</output>
    </div>
  );
});

/** Controls for a scenario: every criterion weight (0–5) and every visible choice or multi answer. */
export function WhatIfPanel({ pack, answers, answerWeights, scenarioAnswers, scored, scenario, dispatch, text }: WhatIfPanelProps) {
  const { t } = useLanguage();
  return (
    <section className="results-section what-if" aria-labelledby="results-what-if">
      <h2 id="results-what-if">{t('results.whatIf.heading')}</h2>
      <p>{t('results.whatIf.intro')}</p>
      <h3>{t('results.whatIf.weightsHeading')}</h3>
      <div className="what-if__weights">
        {pack.criteria.map((c) => (
          <WeightSlider
            key={c.id}
            criterion={c.id}
            name={text.criterion(c.id)}
            weight={own(scored.weights, c.id) ?? c.weight}
            original={own(answerWeights, c.id) ?? c.weight}
            changed={Object.hasOwn(scenario.weights, c.id)}
            dispatch={dispatch}
          />
        ))}
      </div>
      <h3>{t('results.whatIf.answersHeading')}</h3>
      <AnswerControls pack={pack} answers={answers} scenarioAnswers={scenarioAnswers} overrides={scenario.answers} dispatch={dispatch} />
    </section>
  );
}

type AnswerControlsProps = {
  pack: Pack;
  answers: Answers;
  scenarioAnswers: Answers;
  /** The answers the scenario changes. */
  overrides: Scenario['answers'];
  dispatch: Dispatch<ScenarioAction>;
};

/** Every visible choice or multi answer, by section; a weight change leaves them as they are (memo). */
const AnswerControls = memo(function AnswerControls({ pack, answers, scenarioAnswers, overrides, dispatch }: AnswerControlsProps) {
  const { lang } = useLanguage();
  return pack.sections.map((section) => {
    const questions = section.questions.filter((q) => q.kind !== 'text' && isQuestionVisible(pack, scenarioAnswers, q.id));
    if (questions.length === 0) return null;
    return (
      <AnswerSection key={section.id} title={localize(section.title, lang)}>
        {() =>
          questions.map((q) => {
            const props = {
              original: own(answers, q.id),
              value: own(scenarioAnswers, q.id),
              changed: Object.hasOwn(overrides, q.id),
              dispatch,
            };
            return q.kind === 'choice' ? (
              <ChoiceControl key={q.id} question={q} {...props} />
            ) : q.kind === 'multi' ? (
              <MultiControl key={q.id} question={q} {...props} />
            ) : null;
          })
        }
      </AnswerSection>
    );
  });
});

/**
 * One section of answers, folded. Its controls exist only while it is open: a closed section costs
 * the results' first paint nothing (dozens of selects and their options), and the browser has no
 * hidden form controls to inspect. The summary's click renders them before the section opens.
 */
function AnswerSection({ title, children }: { title: string; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    // The browser owns whether the section is open; the summary's click (mouse or keyboard) comes
    // just before the browser opens or closes it, and the toggle event after, whatever opened it.
    <details className="what-if__section" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary onClick={(event) => setOpen(!(event.currentTarget.parentElement as HTMLDetailsElement).open)}>{title}</summary>
      {open ? children() : null}
    </details>
  );
}
