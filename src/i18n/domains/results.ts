import en from '../locales/en/results.json';
import ja from '../locales/ja/results.json';
import '../core-ja';
import { registerMessages } from '../messages';

/** Importing this module makes the `results` texts available to translate(). */
registerMessages('results', en, ja);
