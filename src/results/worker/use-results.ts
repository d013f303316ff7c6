import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { assess } from '@/engine/express/assess';
import { rankOptions } from '@/engine/score/score';
import type { Result, ScoreSettings, Scored } from '@/engine/score/types';
import type { Answers } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { applyScenario, type Scenario } from '../what-if/scenario';
import { canScoreOffThread, scoreOffThread } from './score-off-thread';
import { afterPaint } from '@/lib/after-paint';

/** Samples of the robustness analysis (the engine's default, named so the UI can say it). */
export const ROBUSTNESS_SAMPLES = 2000;

type ScoreInput = { pack: Pack; answers: Answers; settings: ScoreSettings };

export type ResultsState = {
  /** The ranking of the scenario (the user's answers when no scenario is active): instant. */
  scored: Scored;
  /** The ranking of the user's own answers, whatever the scenario. */
  own: Scored;
  /** The answers the scenario scores. */
  answers: Answers;
  /** The weights those answers give, before any what-if weight (what a weight override is compared with). */
  answerWeights: Readonly<Record<string, number>>;
  /** The full result with robustness; null until first computed, then possibly one scenario behind. */
  result: Result | null;
  /** True while `result` does not yet match the current scenario. */
  calculating: boolean;
};

const fullJob = (input: ScoreInput) => ({ pack: input.pack, answers: input.answers, settings: { ...input.settings, samples: ROBUSTNESS_SAMPLES } });

/** The own answers' ranking last worked out, kept for the same pack and answers. */
let ownRanking: { pack: Pack; answers: Answers; scored: Scored } | undefined;
/** The own answers' full result, started ahead by `prepareResults`. */
let ahead: { pack: Pack; answers: Answers; result: Promise<Result | undefined> } | undefined;

/** The ranking of the user's own answers (the same object for the same pack and answers). */
function rankOwn(pack: Pack, answers: Answers): Scored {
  if (ownRanking?.pack !== pack || ownRanking.answers !== answers) ownRanking = { pack, answers, scored: rankOptions(pack, answers) };
  return ownRanking.scored;
}

/**
 * Works out the results of `answers` ahead, while the screen before them is read: the ranking
 * (which also compiles the pack's rules, once per pack), and the full result in the score worker
 * (started, and sent the pack, now rather than on the click). The results screen then finds both.
 */
export function prepareResults(pack: Pack, answers: Answers): void {
  rankOwn(pack, answers);
  if (!canScoreOffThread || (ahead?.pack === pack && ahead.answers === answers)) return;
  ahead = { pack, answers, result: scoreOffThread(fullJob({ pack, answers, settings: { weights: {} } })) };
}

/** The full result started ahead for `input`, if it is the own answers with no what-if weight. */
function startedAhead(input: ScoreInput): Promise<Result | undefined> | undefined {
  const plain = Object.keys(input.settings.weights ?? {}).length === 0;
  return plain && ahead?.pack === input.pack && ahead.answers === input.answers ? ahead.result : undefined;
}

/**
 * The full result of `input`, computed in the score worker; null until the first one arrives. The
 * job is posted once the screen has painted (copying it to the worker is no part of a click).
 */
function useResultOffThread(input: ScoreInput | null): { input: ScoreInput; result: Result } | null {
  const [done, setDone] = useState<{ input: ScoreInput; result: Result } | null>(null);
  useEffect(() => {
    if (!input) return undefined;
    let live = true;
    const cancel = afterPaint(() => {
      // A job started ahead that a newer one replaced resolves to nothing: this one is then posted.
      const result = (startedAhead(input) ?? Promise.resolve(undefined)).then((found) => found ?? (live ? scoreOffThread(fullJob(input)) : undefined));
      void result.then((result) => {
        if (live && result) setDone({ input, result });
      });
    });
    return () => {
      live = false;
      cancel();
    };
  }, [input]);
  return done;
}

/**
 * Scores the scenario at once with `rankOptions`, and runs the slower `score` (robustness, and the
 * answer changes that would change the ranking) in a Web Worker, so typing, sliding and selecting
 * never wait for it and no pack can freeze the page. Where there is no worker (tests), it runs in a
 * deferred render instead.
 */
export function useResults(pack: Pack, answers: Answers, scenario: Scenario): ResultsState {
  // Without a scenario the user's own answers and their ranking serve as they are: the first paint
  // of the results ranks the answers once, not three times.
  const overridden = Object.keys(scenario.answers).length > 0;
  const reweighted = Object.keys(scenario.weights).length > 0;
  const scenarioAnswers = useMemo(() => (overridden ? applyScenario(answers, scenario.answers) : answers), [overridden, answers, scenario.answers]);
  const input = useMemo<ScoreInput>(
    () => ({ pack, answers: scenarioAnswers, settings: { weights: scenario.weights } }),
    [pack, scenarioAnswers, scenario.weights],
  );
  const own = useMemo(() => rankOwn(pack, answers), [pack, answers]);
  const scored = useMemo(() => (overridden || reweighted ? rankOptions(input.pack, input.answers, input.settings) : own), [overridden, reweighted, input, own]);
  const answerWeights = useMemo(() => (overridden ? rankOptions(pack, scenarioAnswers).weights : own.weights), [overridden, pack, scenarioAnswers, own]);
  const deferred = useDeferredValue<ScoreInput | null>(canScoreOffThread ? null : input, null);
  const inPlace = useMemo(
    () => (deferred ? assess(deferred.pack, deferred.answers, { ...deferred.settings, samples: ROBUSTNESS_SAMPLES }) : null),
    [deferred],
  );
  const offThread = useResultOffThread(canScoreOffThread ? input : null);
  if (!canScoreOffThread) return { scored, own, answers: scenarioAnswers, answerWeights, result: inPlace, calculating: deferred !== input };
  return { scored, own, answers: scenarioAnswers, answerWeights, result: offThread?.result ?? null, calculating: offThread?.input !== input };
}
