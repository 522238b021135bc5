import { useTranslation } from '../i18n/useTranslation';

/** Foreign or extra attributes, always rendered as text. */
export function PropertyList({ properties }: { properties?: Record<string, unknown> }) {
  const { t } = useTranslation();
  const entries = Object.entries(properties ?? {});
  if (entries.length === 0) return null;
  return (
    <>
      <h3>{t('details.properties')}</h3>
      <dl className="properties">
        {entries.map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
