import '@/i18n/domains/workshop';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { AgendaItem, QuestionSpread } from '@/engine/aggregate/aggregate';
import { MAX_ITEM_NOTES, type AnswerValue } from '@/rules/answers/answers-schema';
import type { ChoiceQuestion, MultiQuestion } from '@/rules/pack/pack-schema';
import { Button } from '@/ui/button';
import { focusOnMount } from '@/ui/focus';
import { OutcomeNote } from '../agenda/agenda-list';
import { RecordAnswerForm } from '../agenda/record-answer-form';
import { SpreadView } from '../panels/spread-view';
import type { WorkshopText } from '../workshop-text';
import { isolate } from '@/ui/isolate';

export type PresenterViewProps = {
  item: AgendaItem;
  /** The consensus's first options now (what "cannot change" refers to). */
  baseTops: readonly string[];
  question: ChoiceQuestion | MultiQuestion;
  spread: QuestionSpread;
  index: number;
  count: number;
  revealed: boolean;
  agreed: AnswerValue | undefined;
  names: ReadonlyMap<string, string>;
  text: WorkshopText;
  onNext: () => void;
  onPrevious: () => void;
  onReveal: () => void;
  onExit: () => void;
  onRecord: (value: AnswerValue) => void;
  onClear: () => void;
  /** Seconds spent on this item so far, and whether the timer runs. */
  seconds: number;
  timerRunning: boolean;
  onToggleTimer: () => void;
  notes: string;
  onNotes: (notes: string) => void;
  /** The item was just recorded: "next" leads to the first open item. */
  recorded: boolean;
  /** Undo of the last agreed-answer change, when there is one. */
  onUndo: (() => void) | null;
  /** A notice that must reach the presenter (the page behind the dialog is inert): another tab's newer workshop. */
  notice?: ReactNode;
};

/** m:ss, as a room reads a timer. */
function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

const NEXT = new Set(['ArrowRight', 'PageDown', 'n', 'N']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp', 'p', 'P']);

/** Typing into a field: the keys belong to it. A radio or checkbox is not: → and ← still move between items. */
function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !['radio', 'checkbox', 'button', 'submit'].includes(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Presenter mode fills the screen as a modal dialog: the rest of the page is inert behind it. The
 * question's heading takes the focus (and again on every new item).
 */
function openModal(node: HTMLDialogElement | null): void {
  if (!node || node.open) return;
  if (typeof node.showModal === 'function') node.showModal();
  else node.setAttribute('open', '');
  node.querySelector<HTMLElement>('h1')?.focus();
}

/** The presenter's keys on the whole page: → / PageDown / N next, ← / PageUp / P previous, R reveal, Esc leave (not while typing). */
function usePresenterKeys(keys: { canNext: boolean; canPrevious: boolean; revealed: boolean; onNext: () => void; onPrevious: () => void; onReveal: () => void; onExit: () => void }) {
  const { canNext, canPrevious, revealed, onNext, onPrevious, onReveal, onExit } = keys;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typingInto(event.target)) return;
      if (NEXT.has(event.key) && canNext) onNext();
      else if (PREVIOUS.has(event.key) && canPrevious) onPrevious();
      else if ((event.key === 'r' || event.key === 'R') && !revealed) onReveal();
      else if (event.key === 'Escape') onExit();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [canNext, canPrevious, revealed, onNext, onPrevious, onReveal, onExit]);
}

/** The bar along the top: previous, where we are, next, the keys, the timer and leaving presenter mode. */
function PresenterBar(props: PresenterViewProps) {
  const { index, count, text, onNext, onPrevious, onExit } = props;
  const { t } = text;
  return (
    <header className="presenter__bar">
      <nav className="presenter__nav" aria-label={t('workshop.presenter.navLabel')}>
        <Button variant="secondary" disabled={index === 0} onClick={onPrevious}>
          {t('workshop.presenter.previous')}
        </Button>
        <p className="presenter__position" aria-live="polite">
          {t('workshop.presenter.position', { index: index + 1, count })}
        </p>
        <Button variant="secondary" disabled={index >= count - 1} onClick={onNext}>
          {props.recorded ? t('workshop.presenter.nextOpen') : t('workshop.presenter.next')}
        </Button>
      </nav>
      <p className="presenter__keys">{t('workshop.presenter.keys')}</p>
      <p className="presenter__timer" role="timer" aria-live="off">
        {t('workshop.presenter.timer', { time: clock(props.seconds) })}
      </p>
      <Button variant="secondary" onClick={props.onToggleTimer}>
        {props.timerRunning ? t('workshop.presenter.timerPause') : t('workshop.presenter.timerResume')}
      </Button>
      <Button variant="secondary" onClick={onExit}>
        {t('workshop.presenter.exit')}
      </Button>
      {props.notice ? <div className="presenter__notice">{props.notice}</div> : null}
    </header>
  );
}

/** The item's record: the agreed answer (focused once "Record" changed it), undo, the form to record one, and the room's notes. */
function PresenterRecord({ id, ...props }: PresenterViewProps & { id: string }) {
  const { item, question, agreed, text } = props;
  const { t } = text;
  /** Set by "Record": the agreed answer's line takes the focus once it shows the new answer. */
  const recorded = useRef(false);
  const focusRecorded = (node: HTMLParagraphElement | null) => {
    if (!node || !recorded.current) return;
    recorded.current = false;
    node.focus();
  };
  return (
    <section className="presenter__record" aria-labelledby={`${id}-record`}>
      <h2 id={`${id}-record`}>{t('workshop.presenter.recordHeading')}</h2>
      <p key={`${item.question}:${JSON.stringify(agreed ?? null)}`} ref={focusRecorded} tabIndex={-1}>
        {agreed === undefined ? t('workshop.agenda.notAgreed') : isolate(t('workshop.agenda.agreed'), { answer: text.answer(item.question, agreed) })}
      </p>
      {props.recorded ? <p className="muted">{t('workshop.presenter.recorded')}</p> : null}
      {props.onUndo ? (
        <Button variant="link" onClick={props.onUndo}>
          {t('workshop.agreed.undo')}
        </Button>
      ) : null}
      <RecordAnswerForm
        key={`${item.question}:${JSON.stringify(agreed ?? null)}`}
        question={question}
        current={agreed}
        text={text}
        onRecord={(value) => {
          recorded.current = true;
          props.onRecord(value);
        }}
        onClear={() => {
          recorded.current = true;
          props.onClear();
        }}
      />
      <label className="field__label" htmlFor={`${id}-notes`}>
        {t('workshop.presenter.notes')}
      </label>
      <textarea
        key={item.question}
        id={`${id}-notes`}
        className="input presenter__notes"
        rows={2}
        maxLength={MAX_ITEM_NOTES}
        defaultValue={props.notes}
        onChange={(event) => props.onNotes(event.target.value)}
      />
    </section>
  );
}

/**
 * One agenda item on the projector: the question in large type, answers hidden until revealed,
 * then the agreed answer recorded. Keys: → / PageDown / N next, ← / PageUp / P previous,
 * R reveal, Esc leave (not while typing or choosing an answer).
 */
export function PresenterView(props: PresenterViewProps) {
  const { item, baseTops, question, spread, index, count, revealed, names, text, onNext, onPrevious, onReveal, onExit } = props;
  const { t } = text;
  const id = useId();
  usePresenterKeys({ canNext: index < count - 1, canPrevious: index > 0, revealed, onNext, onPrevious, onReveal, onExit });

  return (
    <dialog ref={openModal} className="presenter" lang={text.lang} aria-labelledby={`${id}-question`} onCancel={(event) => event.preventDefault()}>
      <PresenterBar {...props} />
      <div className="presenter__main">
        <h1 id={`${id}-question`} key={item.question} ref={focusOnMount} tabIndex={-1} className="presenter__question">
          {text.question(item.question)}
        </h1>
        <p className="presenter__facts">
          <span>{t('workshop.agenda.disagreement', { value: text.measure(item.disagreement) })}</span>
          <span>{t('workshop.agenda.impact', { points: text.score(item.impact) })}</span>
        </p>
        {revealed || !item.changesTop ? (
          <OutcomeNote item={item} baseTops={baseTops} text={text} />
        ) : (
          <p className="workshop-note workshop-note--matters">{t('workshop.presenter.outcomeHidden')}</p>
        )}
        <section className="presenter__answers" aria-labelledby={`${id}-answers`}>
          <h2 id={`${id}-answers`}>{t('workshop.presenter.answersHeading')}</h2>
          {revealed ? (
            <SpreadView question={question} spread={spread} names={names} text={text} />
          ) : (
            <div className="presenter__hidden">
              <p>{t('workshop.presenter.hidden', { count: spread.answered.length })}</p>
              <Button onClick={onReveal}>{t('workshop.presenter.reveal')}</Button>
            </div>
          )}
        </section>
        <PresenterRecord {...props} id={id} />
      </div>
    </dialog>
  );
}
