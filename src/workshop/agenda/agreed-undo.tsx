import '@/i18n/domains/workshop';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { selectAgreedUndo } from '../machine/selectors';
import { WorkshopMachineContext } from '../machine/workshop-context';
import type { AgreedChange } from '../machine/workshop-state';
import type { WorkshopText } from '../workshop-text';

function changeText(change: AgreedChange, text: WorkshopText): string {
  const { t } = text;
  switch (change.kind) {
    case 'record':
      return t('workshop.agreed.undoRecord', { question: text.question(change.question) });
    case 'clear':
      return t('workshop.agreed.undoClear', { question: text.question(change.question) });
    case 'adopt':
      return t('workshop.agreed.undoAdopt', { count: change.count });
  }
}

/** The last change to the agreed answers, with "Undo" (the changes before it can be undone in turn). */
export function AgreedUndo({ text }: { text: WorkshopText }) {
  const actor = WorkshopMachineContext.useActorRef();
  const step = WorkshopMachineContext.useSelector(selectAgreedUndo);
  if (!step) return null;
  return (
    <Alert tone="info" role="status">
      <p>{changeText(step.change, text)}</p>
      <div className="actions">
        <Button variant="secondary" onClick={() => actor.send({ type: 'agreed.undo' })}>
          {text.t('workshop.agreed.undo')}
        </Button>
      </div>
    </Alert>
  );
}
