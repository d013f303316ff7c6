import { answerRequests, workerScope } from '@/lib/answers-check/off-thread';
import { openWorkshopText } from './workshop-open';

/** The worker that opens a workshop file (parse, check, scoring) away from the page's main thread (loaded from the app's own origin). */
answerRequests(workerScope(), openWorkshopText);
