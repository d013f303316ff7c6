/**
 * The bundled pack and the loader come in their own chunk, fetched as soon as the app's code runs
 * (main.tsx starts it before React renders) so that it downloads while the page is set up. A failed
 * download is forgotten, so that "try again" fetches it anew.
 */

export type PackBootModule = typeof import('./pack-boot');

let pending: Promise<PackBootModule> | undefined;

export function loadPackBoot(): Promise<PackBootModule> {
  pending ??= import('./pack-boot').catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}
