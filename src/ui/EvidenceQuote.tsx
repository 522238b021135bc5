import { useTranslation } from '../i18n/useTranslation';
import type { StoryDocument } from '../model/schema';

/**
 * A quote as evidence, or — for event data, whose relations are machine-coded from an
 * article without a quote — the address it was coded from, said plainly rather than drawn
 * as an empty quotation.
 */
export function EvidenceQuote({ quote, doc }: { quote: string; doc: StoryDocument | undefined }) {
  const { t } = useTranslation();
  if (quote.trim() !== '') return <blockquote lang={doc?.language}>{quote}</blockquote>;
  return (
    <p className="coded-from">
      {t('details.codedFrom')}{' '}
      {doc?.url ? (
        <a href={doc.url} target="_blank" rel="noopener noreferrer">
          {doc.url}
        </a>
      ) : (
        (doc?.title ?? doc?.publisher ?? doc?.id ?? '—')
      )}
    </p>
  );
}
