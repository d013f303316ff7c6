import en from '../locales/en/target.json';
import ja from '../locales/ja/target.json';
import '../core-ja';
import { registerMessages } from '../messages';

/** Importing this module makes the `target` texts ("What would it take?") available to translate(). */
registerMessages('target', en, ja);
