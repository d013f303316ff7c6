import en from '../locales/en/report.json';
import ja from '../locales/ja/report.json';
import '../core-ja';
import { registerMessages } from '../messages';

/** Importing this module makes the `report` texts available to translate(). */
registerMessages('report', en, ja);
