import { answerRequests, workerScope } from './off-thread';
import { readSharedLink } from './share-link-read';

/** The worker that unfolds and checks a share link away from the page's main thread (loaded from the app's own origin). */
answerRequests(workerScope(), readSharedLink);
