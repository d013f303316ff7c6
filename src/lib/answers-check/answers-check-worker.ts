import { checkAnswersTexts } from './answers-check';
import { answerRequests, workerScope } from './off-thread';

/** The worker that parses and checks answers files away from the page's main thread (loaded from the app's own origin). */
answerRequests(workerScope(), checkAnswersTexts);
