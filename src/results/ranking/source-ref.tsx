import '@/i18n/domains/results';
import { useLanguage } from '@/i18n/language-context';
import { citationInSentence, localizeEither } from '@/i18n/t';
import type { PackIndex } from '@/engine/conditions/visibility';

/** "(source: <citation>, link)": the citation of a pack source, with a link when it has one. */
export function SourceRef({ index, id }: { index: PackIndex; id: string }) {
  const { lang, t } = useLanguage();
  const source = index.sources.get(id);
  const citation = source ? citationInSentence(localizeEither(source.citation, lang)) : id;
  if (!source?.url) return <span className="source-ref">{t('results.explain.source', { citation })}</span>;
  // The sentence is split on its placeholders first and the citation goes in as data, so a citation
  // holding "{link}" (or any braces) cannot change the sentence; <bdi> keeps its direction its own.
  const parts = t('results.explain.sourceLinked', { citation: '{citation}' }).split(/(\{citation\}|\{link\})/);
  return (
    <span className="source-ref">
      {parts.map((part, i) =>
        part === '{citation}' ? (
          <bdi key={i}>{citation}</bdi>
        ) : part === '{link}' ? (
          <a key={i} href={source.url} target="_blank" rel="noopener noreferrer" aria-label={t('results.explain.linkLabel', { citation })}>
            {t('results.explain.link')}
          </a>
        ) : (
          part
        ),
      )}
    </span>
  );
}
