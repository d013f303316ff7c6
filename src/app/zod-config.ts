import { z } from 'zod';

/**
 * The Content-Security-Policy forbids eval, so zod must not probe for it (its JIT fast path tries
 * `new Function`, which the browser reports as a violation). Imported first by main.tsx, before
 * any schema is built or used.
 */
z.config({ jitless: true });
