import type { LocalizedText, Source } from '@/rules/pack/pack-schema';
import { useLanguage } from '@/i18n/language-context';
import { localize, localizeEither } from '@/i18n/t';

export type QuestionHelpProps = { id: string; help?: LocalizedText; source?: Source };

/** "Why we ask": the question's help text and the source it rests on (citation and link). */
export function QuestionHelp({ id, help, source }: QuestionHelpProps) {
  const { lang, t } = useLanguage();
  if (!help && !source) return null;
  return (
    <details className="help">
      <summary>{t('questionnaire.field.whyWeAsk')}</summary>
      <div className="help__body" id={id}>
        {help ? <p>{localize(help, lang)}</p> : null}
        {source ? (
          <p className="help__source">
            {t('questionnaire.field.source', { citation: localizeEither(source.citation, lang) })}
            {source.url ? (
              <>
                {' '}
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {t('questionnaire.field.sourceLink')}
                </a>
              </>
            ) : null}
          </p>
        ) : null}
      </div>
    </details>
  );
}
