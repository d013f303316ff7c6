import { answerRequests, workerScope } from '@/lib/answers-check/off-thread';
import { parseWorkshopJson } from './workshop-file';
import type { WorkshopFileRequest } from './workshop-file-off-thread';

/** The worker that parses and checks a workshop file away from the page's main thread (loaded from the app's own origin). */
answerRequests(workerScope(), ({ pack, text }: WorkshopFileRequest) => parseWorkshopJson(pack, text));
