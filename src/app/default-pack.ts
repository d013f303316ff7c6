import packJson from '../../rules/ai-openness.json';
import { loadPack, type LoadPackResult } from '@/rules/load-pack';

/** The bundled pack, checked like any other: a broken pack is explained, never half-used. */
export function loadDefaultPack(): LoadPackResult {
  return loadPack(packJson, { file: 'rules/ai-openness.json' });
}
