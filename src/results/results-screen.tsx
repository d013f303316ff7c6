import '@/i18n/domains/results';
import { memo, useCallback, useDeferredValue, useReducer, useRef, useState, type JSX } from 'react';
import { defaultTarget } from '@/engine/target/target';
import type { Scored, TargetChange } from '@/engine/score/types';
import { useLanguage } from '@/i18n/language-context';
import type { Translate } from '@/i18n/t';
import { localize } from '@/i18n/t';
import type { Answers, Respondent } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { ExportPanel } from './export-panel';
import { usePackText, type PackText } from './pack-text';
import { RankingSection } from './ranking/ranking-section';
import { RevisitSection } from './robustness/revisit-section';
import { RobustnessSection } from './robustness/robustness-section';
import { EMPTY_SCENARIO, isScenarioActive, scenarioReducer } from './what-if/scenario';
import { ScenarioBar } from './what-if/scenario-bar';
import { TargetSection } from './what-if/target-section';
import { useResults } from './worker/use-results';
import { WhatIfPanel } from './what-if/what-if-panel';
import './results.css';
import './ranking/option-cards.css';
import './robustness/robustness.css';
import { isolate } from '@/ui/isolate';
import { Button } from '@/ui/button';
import { usePainted } from '@/lib/after-paint';
import { useSettledness } from '@/lib/settled/use-settled';

// Re-rendered only when their own inputs change: a what-if weight repaints the ranking, not these.
const LaterRobustness = memo(RobustnessSection);
const LaterTarget = memo(TargetSection);
const LaterRevisit = memo(RevisitSection);

export type ResultsScreenProps = {
  pack: Pack;
  answers: Answers;
  respondent?: Respondent;
  exportStatus: 'idle' | 'exporting' | 'failed';
  exportNotice?: { replaced: string[] };
  /** Exports the PDF; its roadmap shows the staged path to `target`. */
  onExportReport: (target: string | undefined) => void;
  onChangeAnswer: (questionId: string) => void;
  onReview: () => void;
};

/** A polite message whenever the order of the ranking changes (React's "state from the previous render"). */
function useRankingAnnouncement(scored: Scored, text: PackText, t: Translate): string {
  const order = scored.ranking.map((o) => o.option).join(' ');
  const [seen, setSeen] = useState({ order, message: '' });
  if (seen.order !== order) {
    const top = scored.ranking[0]?.option ?? '';
    const wasTop = seen.order.split(' ')[0];
    const key = top === wasTop ? 'results.ranking.announceOrder' : 'results.ranking.announceTop';
    setSeen({ order, message: t(key, { option: text.option(top) }) });
  }
  return seen.message;
}

/** The results: ranking with explanations, robustness, what-if scenarios and the PDF export. */
export function ResultsScreen(props: ResultsScreenProps): JSX.Element {
  const { pack, answers, respondent, exportStatus, exportNotice, onExportReport, onChangeAnswer, onReview } = props;
  const { lang, t } = useLanguage();
  const text = usePackText(pack);
  const [scenario, dispatch] = useReducer(scenarioReducer, EMPTY_SCENARIO);
  const results = useResults(pack, answers, scenario);
  // A what-if step repaints the ranking alone: the robustness section learns that its analysis is
  // being redone in a background render after that paint, which the next step of a slider interrupts.
  const calculating = useDeferredValue(results.calculating);
  // The ranking paints first. The sections that take longer to work out (robustness, the path to a
  // target) follow in a background render once it has painted.
  const later = usePainted();
  const active = isScenarioActive(scenario);
  // The questions the user's own answers no longer need: without a what-if, the full result has
  // them (the results worker worked them out with everything else); during one, the settledness
  // worker works them out for the own answers alone. Their section waits for either.
  const ownResult = !active && !results.calculating ? results.result : null;
  const settled = useSettledness(pack, active ? answers : null);
  const notNeeded = ownResult ? (ownResult.notNeeded ?? []) : settled ? (settled.settled ? settled.remaining : []) : undefined;
  const announcement = useRankingAnnouncement(results.scored, text, t);
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on the results, as on every other step.
  const focusHeading = useCallback((element: HTMLHeadingElement | null) => {
    heading.current = element;
    element?.focus();
  }, []);
  const [chosenTarget, setChosenTarget] = useState<string | undefined>(undefined);
  const stillOpen = results.own.ranking.some((r) => r.option === chosenTarget && r.verdict !== 'recommended');
  const target = stillOpen ? chosenTarget : defaultTarget(pack, results.own.ranking);
  // Japanese names a person as company, role, name (ideographic spaces between); English as "name, role, company".
  const parts = lang === 'ja' ? [respondent?.company, respondent?.role, respondent?.name] : [respondent?.name, respondent?.role, respondent?.company];
  const who = parts.filter((s): s is string => s !== undefined && s.trim() !== '').join(lang === 'ja' ? '\u3000' : ', ');
  const applyPath = useCallback(
    (changes: readonly TargetChange[]) =>
      dispatch({ type: 'scenario.replace', answers: changes.map((c) => ({ question: c.question, value: c.to, original: answers[c.question] })) }),
    [answers],
  );
  const reset = () => {
    dispatch({ type: 'scenario.reset' });
    heading.current?.focus();
  };
  return (
    <div className={active ? 'results results--scenario' : 'results'}>
      <header className="results__header">
        <h1 ref={focusHeading} tabIndex={-1}>
          {t('results.title')}
        </h1>
        <p className="lead">{t('results.intro')}</p>
        <p className="results__meta">
          {who ? <span>{isolate(t('results.preparedFor'), { who })}</span> : null}
          <span>{isolate(t('results.packLine'), { title: localize(pack.title, lang), version: pack.version })}</span>
        </p>
        <ExportPanel status={exportStatus} notice={exportNotice} onExport={() => onExportReport(target)} scenarioActive={active}>
          <Button variant="secondary" onClick={onReview}>
            {t('results.review')}
          </Button>
        </ExportPanel>
      </header>
      <ScenarioBar scenario={scenario} answers={answers} answerWeights={results.answerWeights} text={text} dispatch={dispatch} onReset={reset} />
      <div className="results__layout">
        <RankingSection pack={pack} scored={results.scored} result={results.result} text={text} announcement={announcement} />
        <div className="results__side">
          <WhatIfPanel
            pack={pack}
            answers={answers}
            answerWeights={results.answerWeights}
            scenarioAnswers={results.answers}
            scored={results.scored}
            scenario={scenario}
            dispatch={dispatch}
            text={text}
          />
        </div>
        {later ? (
          <>
            <LaterRobustness pack={pack} result={results.result} calculating={calculating} text={text} />
            {target ? (
              <LaterTarget pack={pack} answers={answers} own={results.own} target={target} onTargetChange={setChosenTarget} onApply={applyPath} text={text} />
            ) : null}
            {notNeeded ? <LaterRevisit own={results.own} notNeeded={notNeeded} text={text} onChangeAnswer={onChangeAnswer} /> : null}
          </>
        ) : null}
      </div>
    </div>
  );
}
