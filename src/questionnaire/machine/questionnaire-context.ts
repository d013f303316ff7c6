import { createActorContext } from '@xstate/react';
import { questionnaireMachine } from './questionnaire-machine';

/** The one questionnaire actor of the app; screens read it through the selectors of selectors.ts. */
export const QuestionnaireContext = createActorContext(questionnaireMachine);
