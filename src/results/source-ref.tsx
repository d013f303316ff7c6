import '@/i18n/domains/results';
import { useLanguage } from '@/i18n/language-context';
import { citationInSentence, localizeEither } from '@/i18n/t';
import type { PackIndex } from '@/engine/visibility';

/** "(source: <citation>, link)": the citation of a pack source, with a link when it has one. */
export function SourceRef({ index, id }: { index: PackIndex; id: string }) {
  const { lang, t } = useLanguage();
  const source = index.sources.get(id);
  const citation = source ? citationInSentence(localizeEither(source.citation, lang)) : id;
  if (!source?.url) return <span className="source-ref">{t('results.explain.source', { citation })}</span>;
  // The sentence keeps "{link}" (no such parameter) so the anchor can go where the language puts it.
  const [before = '', after = ''] = t('results.explain.sourceLinked', { citation }).split('{link}');
  return (
    <span className="source-ref">
      {before}
      <a href={source.url} target="_blank" rel="noopener noreferrer" aria-label={t('results.explain.linkLabel', { citation })}>
        {t('results.explain.link')}
      </a>
      {after}
    </span>
  );
}
