import '@/i18n/domains/results';
import { useLanguage } from '@/i18n/language-context';
import { citationInSentence, localizeEither } from '@/i18n/t';
import type { PackIndex } from '@/engine/conditions/visibility';

/**
 * "(source: <citation>)": the citation of a pack source. When the source has an address, the
 * citation itself is the link (it opens in a new tab), so the link says where it leads and is
 * named by the words it shows.
 */
export function SourceRef({ index, id }: { index: PackIndex; id: string }) {
  const { lang, t } = useLanguage();
  const source = index.sources.get(id);
  const citation = source ? citationInSentence(localizeEither(source.citation, lang)) : id;
  // The sentence is split on its placeholder first and the citation goes in as data, so a citation
  // holding braces cannot change the sentence; <bdi> keeps its direction its own.
  const parts = t('results.explain.source', { citation: '{citation}' }).split(/(\{citation\})/);
  return (
    <span className="source-ref">
      {parts.map((part, i) => {
        if (part !== '{citation}') return part;
        if (!source?.url) return <bdi key={i}>{citation}</bdi>;
        return (
          <a key={i} href={source.url} target="_blank" rel="noopener noreferrer">
            <bdi>{citation}</bdi>
          </a>
        );
      })}
    </span>
  );
}
