import en from '../locales/en/workshop.json';
import ja from '../locales/ja/workshop.json';
import '../core-ja';
import { registerMessages } from '../messages';

/** Importing this module makes the `workshop` texts available to translate(). */
registerMessages('workshop', en, ja);
