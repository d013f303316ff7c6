import { createActorRefContext } from '@/lib/actor-ref-context';
import type { questionnaireMachine } from './questionnaire-machine';

/** The questionnaire actor the screens read (the app machine's child); screens use the selectors of selectors.ts. */
export const QuestionnaireContext = createActorRefContext<typeof questionnaireMachine>('QuestionnaireContext');
