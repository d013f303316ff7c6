import en from '../locales/en/cli.json';
import ja from '../locales/ja/cli.json';
import '../core-ja';
import { registerMessages } from '../messages';

/** Importing this module makes the `cli` texts available to translate(). */
registerMessages('cli', en, ja);
