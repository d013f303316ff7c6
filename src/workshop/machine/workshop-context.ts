import { createActorContext } from '@xstate/react';
import { workshopMachine } from './workshop-machine';

/** The workshop actor of the workshop screen; panels read it through the selectors of selectors.ts. */
export const WorkshopMachineContext = createActorContext(workshopMachine);
