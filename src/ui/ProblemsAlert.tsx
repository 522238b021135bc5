import { useTranslation } from '../i18n/useTranslation';
import { useGraph, useGraphStoreApi } from '../store/StoreContext';
import { download } from './download';

/** Problems of the last load, every one with its place; the graph behind stays as it was. */
export function ProblemsAlert() {
  const { t } = useTranslation();
  const report = useGraph((s) => s.report);
  const dismiss = useGraph((s) => s.dismissReport);
  const store = useGraphStoreApi();
  if (!report) return null;
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const warnings = report.problems.length - errors;
  const saving = report.action === 'save';
  const heading = saving
    ? t('problems.saveFailed', { file: report.file })
    : errors
      ? t('problems.failed', { file: report.file, count: errors })
      : t(report.action === 'export' ? 'problems.exportWarnings' : 'problems.warnings', {
          file: report.file,
          count: warnings,
        });
  // A save that failed offers the way out at once: the work as a file.
  const downloadCopy = async () => {
    const { exportFiles } = await import('../io/exportFiles');
    const [file] = exportFiles(store.getState(), 'json').files;
    if (file) download(file.name, file.text, file.type);
  };
  return (
    <section
      role="alert"
      className={`problems ${errors ? 'has-errors' : 'warnings-only'}`}
      aria-labelledby="problems-heading"
    >
      <div className="panel-heading">
        <h2 id="problems-heading">
          {heading}
          {!saving &&
            errors > 0 &&
            warnings > 0 &&
            ` (${t('problems.andWarnings', { count: warnings })})`}
        </h2>
        {saving && (
          <button type="button" onClick={() => void downloadCopy()}>
            {t('problems.downloadCopy')}
          </button>
        )}
        <button type="button" onClick={dismiss}>
          {t('problems.dismiss')}
        </button>
      </div>
      <ol>
        {report.problems.map((p, i) => (
          <li key={i} className={p.severity}>
            <span className="badge">{t(`problems.${p.severity}`)}</span> <code>{p.code}</code>{' '}
            {t('problems.at')}{' '}
            <code>
              {p.line ? t('problems.lineColumn', { line: p.line, column: p.column ?? '' }) : p.path}
            </code>
            : {p.message}
          </li>
        ))}
      </ol>
    </section>
  );
}
