import { useTranslation } from '../i18n/useTranslation';
import { safeHttpUrl } from '../model/articleSegments';
import { useGraph } from '../store/StoreContext';
import { ArticleText } from './ArticleText';
import { EvidenceNavigator } from './EvidenceNavigator';

/** The dataset's article beside the graph, every quote marked; its text stays in its own language. */
export function ArticlePanel() {
  const { t } = useTranslation();
  const article = useGraph((s) => s.dataset.article);
  const source = useGraph((s) => s.dataset.source);
  const title = useGraph((s) => s.dataset.title);
  // A new dataset mounts a fresh article rather than reconciling thousands of marks.
  const datasetKey = useGraph((s) => s.datasetKey);
  const url = safeHttpUrl(source?.url);
  return (
    <section className="panel article-panel" aria-labelledby="article-heading">
      <div className="panel-heading">
        <h2 id="article-heading">{t('article.heading')}</h2>
        {article && <EvidenceNavigator />}
      </div>
      <p className="article-meta">
        <span className="article-title" lang={source?.language}>
          {source?.title ?? title}
        </span>
        {source?.publisher && <span>{source.publisher}</span>}
        {source?.published && <span>{t('article.published', { date: source.published })}</span>}
        {url && (
          <a href={url} target="_blank" rel="noopener noreferrer nofollow">
            {t('article.source')}
          </a>
        )}
      </p>
      <div className="article-scroll" tabIndex={0} aria-label={t('article.region')}>
        {article ? (
          <ArticleText key={datasetKey} text={article.text} language={source?.language} />
        ) : (
          <p className="hint">{t('article.none')}</p>
        )}
      </div>
    </section>
  );
}
