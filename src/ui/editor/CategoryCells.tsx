import { useTranslation } from '../../i18n/useTranslation';
import { CommitInput } from './CommitInput';

interface Category {
  id: string;
  label: string;
  labels?: Record<string, string> | undefined;
}

interface Props {
  category: Category;
  /** The colour drawn now (the category's own or the palette's). */
  color: string;
  onChange: (patch: { label?: string; labels?: Record<string, string>; color?: string }) => void;
}

/** A German label set (or removed when empty), the other languages kept. */
function withGerman(labels: Record<string, string> | undefined, value: string) {
  const { de: _old, ...rest } = labels ?? {};
  return value ? { ...rest, de: value } : rest;
}

/** The cells a kind and a type share: label, German label, colour. */
export function CategoryCells({ category: c, color, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <td>
        <CommitInput
          label={`${t('edit.label')} ${c.id}`}
          value={c.label}
          onCommit={(label) => onChange({ label })}
        />
      </td>
      <td>
        <CommitInput
          label={`${t('edit.labelDe')} ${c.id}`}
          value={c.labels?.de ?? ''}
          onCommit={(v) => onChange({ labels: withGerman(c.labels, v) })}
        />
      </td>
      <td>
        <input
          type="color"
          aria-label={`${t('edit.color')} ${c.id}`}
          value={color}
          onChange={(e) => onChange({ color: e.target.value })}
        />
      </td>
    </>
  );
}

/** The last cell of a row: remove the category. */
export function RemoveCell({ name, onRemove }: { name: string; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <td>
      <button type="button" onClick={onRemove} aria-label={t('edit.remove', { name })}>
        ×
      </button>
    </td>
  );
}
