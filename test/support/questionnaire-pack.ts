import fixture from '../fixtures/packs/ui-small.json';
import { loadPack } from '@/rules/pack/load-pack';
import { packLines } from './pack-lines';
import type { Pack } from '@/rules/pack/pack-schema';

/**
 * The small pack of the questionnaire's tests (test/fixtures/packs/ui-small.json): three sections;
 * "data" is shown only to companies that build models, and "data.detail" only for unique data.
 */
function load(): Pack {
  const loaded = loadPack(fixture);
  if (!loaded.ok) throw new Error(`ui-small.json is not a valid pack:\n${packLines(loaded).join('\n')}`);
  return loaded.pack;
}

export const smallPack: Pack = load();
