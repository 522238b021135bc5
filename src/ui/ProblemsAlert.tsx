import { useGraph } from '../store/StoreContext';

/** Problems of the last load, every one with its place; the graph behind stays as it was. */
export function ProblemsAlert() {
  const report = useGraph((s) => s.report);
  const dismiss = useGraph((s) => s.dismissReport);
  if (!report) return null;
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const warnings = report.problems.length - errors;
  return (
    <section
      role="alert"
      className={`problems ${errors ? 'has-errors' : 'warnings-only'}`}
      aria-labelledby="problems-heading"
    >
      <div className="panel-heading">
        <h2 id="problems-heading">
          {errors
            ? `${report.file} could not be opened: ${errors} ${errors === 1 ? 'error' : 'errors'}${warnings ? `, ${warnings} warnings` : ''}. The graph shown is unchanged.`
            : `${report.file} opened with ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}.`}
        </h2>
        <button type="button" onClick={dismiss}>
          Dismiss
        </button>
      </div>
      <ol>
        {report.problems.map((p, i) => (
          <li key={i} className={p.severity}>
            <span className="badge">{p.severity === 'error' ? 'Error' : 'Warning'}</span>{' '}
            <code>{p.code}</code> at{' '}
            <code>{p.line ? `line ${p.line}, column ${p.column}` : p.path}</code>
            {p.line && p.path !== '$' ? (
              <>
                {' '}
                (<code>{p.path}</code>)
              </>
            ) : null}
            : {p.message}
          </li>
        ))}
      </ol>
    </section>
  );
}
