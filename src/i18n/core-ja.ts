import common from './locales/ja/common.json';
import problems from './locales/ja/problems.json';
import questionnaire from './locales/ja/questionnaire.json';
import { catalogue } from './messages';

/**
 * Importing this module makes the Japanese texts of the core domains available to translate(). It is
 * a chunk of its own for the page, fetched before the page shows Japanese (`prepareLanguage`); the
 * domain modules import it too, since the PDF and the command line write Japanese whatever the page shows.
 */
Object.assign(catalogue.ja, { common, questionnaire, problems });
