import { useId, useMemo, useState } from 'react';
import { foldForSearch } from '../model/search';

/** Above this many actors a list of every one is no help (and 20,000 options cost a second). */
const LIST_LIMIT = 1000;
const SUGGESTIONS = 50;

export interface PickableActor {
  id: string;
  label: string;
}

interface Props {
  /** Sorted by label. */
  actors: readonly PickableActor[];
  value: string | null;
  onChange: (id: string | null) => void;
  label: string;
}

/**
 * Picks one end of a path: a list of every actor for ordinary graphs; for large ones a text
 * field suggesting the first matching names as one types (a browser `datalist`), the actor
 * chosen as soon as the text is one of their names.
 */
export function PathEndPicker({ actors, value, onChange, label }: Props) {
  if (actors.length <= LIST_LIMIT)
    return (
      <select
        aria-label={label}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
      >
        <option value="">—</option>
        {actors.map((a) => (
          <option key={a.id} value={a.id}>
            {a.label}
          </option>
        ))}
      </select>
    );
  return <ActorField actors={actors} value={value} onChange={onChange} label={label} />;
}

function ActorField({ actors, value, onChange, label }: Props) {
  const listId = useId();
  const folded = useMemo(() => actors.map((a) => foldForSearch(a.label)), [actors]);
  // Same-named actors: the name picks the first of them.
  const byName = useMemo(() => {
    const map = new Map<string, string>();
    actors.forEach((a, i) => map.has(folded[i]!) || map.set(folded[i]!, a.id));
    return map;
  }, [actors, folded]);
  const labelOf = (id: string | null) => actors.find((a) => a.id === id)?.label ?? '';
  const [text, setText] = useState(() => labelOf(value));
  const query = foldForSearch(text.trim());
  // The end may change elsewhere (cleared, restored from a link): show what is chosen then.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    if ((byName.get(query) ?? null) !== value) setText(labelOf(value));
  }
  const suggestions = useMemo(() => {
    if (!query) return [];
    const out: PickableActor[] = [];
    for (let i = 0; i < actors.length && out.length < SUGGESTIONS; i++)
      if (folded[i]!.includes(query)) out.push(actors[i]!);
    return out;
  }, [actors, folded, query]);
  return (
    <>
      <input
        type="search"
        aria-label={label}
        list={listId}
        value={text}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          const q = foldForSearch(e.target.value.trim());
          if (!q) onChange(null);
          else if (byName.has(q)) onChange(byName.get(q)!);
        }}
      />
      <datalist id={listId}>
        {suggestions.map((a) => (
          <option key={a.id} value={a.label} />
        ))}
      </datalist>
    </>
  );
}
