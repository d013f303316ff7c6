import checkedPack from 'virtual:default-pack';
import type { Pack } from '@/rules/pack/pack-schema';

/**
 * The bundled pack (rules/ai-openness.json). The loader checks it when the app is built
 * (build/checked-pack.ts): a broken pack fails the build with every problem listed, so it is never
 * half-used, and the browser does not check it again.
 */
export const defaultPack: Pack = checkedPack;
