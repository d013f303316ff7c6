import { createActorRefContext } from '@/lib/actor-ref-context';
import type { workshopMachine } from './workshop-machine';

/** The workshop actor the workshop screen shows (the app machine's child); panels read it through the selectors of selectors.ts. */
export const WorkshopMachineContext = createActorRefContext<typeof workshopMachine>('WorkshopMachineContext');
