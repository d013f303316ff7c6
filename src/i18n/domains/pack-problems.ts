import en from '../locales/en/pack-problems.json';
import ja from '../locales/ja/pack-problems.json';
import '../core-ja';
import { registerMessages } from '../messages';

/** Importing this module makes the `packProblems` texts (a rules pack's problems in words) available to translate(). */
registerMessages('packProblems', en, ja);
