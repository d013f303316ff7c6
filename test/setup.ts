import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
// The page fetches the Japanese core texts before it shows Japanese; components under test have them at once.
import '@/i18n/core-ja';

// Screens that wait for a lazy chunk or a worker may take more than a second on a busy machine.
configure({ asyncUtilTimeout: 5_000 });

// Component files share one jsdom per worker: each test leaves the page and both storages empty.
afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});
