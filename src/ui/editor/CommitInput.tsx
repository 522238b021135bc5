import { useState } from 'react';

interface CommitInputProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  multiline?: boolean;
  size?: number;
}

/**
 * A text field that edits the dataset when the user is done (blur or Enter), not at every
 * keystroke: one change, one undo step.
 */
export function CommitInput({ label, value, onCommit, multiline, size }: CommitInputProps) {
  // The draft remembers which value it started from: when the value changes elsewhere (undo,
  // another panel), the field shows the new value instead of a stale draft.
  const [state, setState] = useState({ base: value, text: value });
  const draft = state.base === value ? state.text : value;
  const setDraft = (text: string) => setState({ base: value, text });
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return multiline ? (
    <textarea
      aria-label={label}
      value={draft}
      rows={3}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
    />
  ) : (
    <input
      type="text"
      aria-label={label}
      value={draft}
      size={size}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(value);
      }}
    />
  );
}
