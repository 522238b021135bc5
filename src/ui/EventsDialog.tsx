import { useId, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { needsEngine, openSource } from '../io/openSource';
import { DEFAULT_TOP_ACTORS, DEFAULT_TOP_RELATIONS } from '../model/events/gdeltImport';
import { useGraph, useGraphStoreApi } from '../store/StoreContext';
import { Modal } from './Modal';

const MAX_ACTORS = 100_000;
const MAX_RELATIONS = 400_000;
const inRange = (n: number, max: number) => Number.isFinite(n) && n >= 1 && n <= max;

/** A whole number from 1 to `max`, marked invalid outside. */
function CountField(props: {
  label: string;
  value: string;
  max: number;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        min={1}
        max={props.max}
        value={props.value}
        aria-invalid={!inRange(Math.floor(Number(props.value)), props.max)}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}

/**
 * Asks how a GDELT events file becomes the graph before it is streamed: aggregated or one
 * relation per event, how many actors to keep, what line width shows, and its mentions.
 */
export function EventsDialog() {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  const pending = useGraph((s) => s.pendingEvents);
  const setPending = useGraph((s) => s.setPendingEvents);
  const [perEvent, setPerEvent] = useState(false);
  const [top, setTop] = useState(String(DEFAULT_TOP_ACTORS));
  const [topRel, setTopRel] = useState(String(DEFAULT_TOP_RELATIONS));
  const [lineWidth, setLineWidth] = useState<'mentions' | 'sources'>('mentions');
  const [mentions, setMentions] = useState<File | undefined>(pending?.mentions);
  const widthId = useId();
  if (!pending) return null;
  // Many or large files go through the analytical engine: aggregated, without mentions.
  const engine = needsEngine(pending.events);
  const bytes = pending.events.reduce((sum, f) => sum + f.size, 0);
  const topActors = Math.floor(Number(top));
  const topRelations = Math.floor(Number(topRel));
  const valid = inRange(topActors, MAX_ACTORS) && inRange(topRelations, MAX_RELATIONS);
  const close = () => setPending(null);
  const open = () => {
    close();
    void openSource(
      store,
      { kind: 'files', files: mentions ? [...pending.events, mentions] : pending.events },
      { events: { perEvent: perEvent && !engine, topActors, topRelations, lineWidth } },
      pending.purpose,
    );
  };
  return (
    <Modal title={t('events.dialogTitle')} onClose={close}>
      <div className="events-dialog">
        <p>
          {pending.events.length > 1
            ? t('events.dialogHintMany', { count: pending.events.length })
            : t('events.dialogHint', { name: pending.name })}
        </p>
        {engine && (
          <p className="hint">
            {t('events.engine', {
              files: pending.events.length,
              size: (bytes / 1e9).toFixed(2),
            })}
          </p>
        )}
        <fieldset>
          <legend>{t('events.relations')}</legend>
          <label>
            <input type="radio" checked={!perEvent || engine} onChange={() => setPerEvent(false)} />{' '}
            {t('events.aggregate')}
          </label>
          <label>
            <input
              type="radio"
              checked={perEvent && !engine}
              disabled={engine}
              onChange={() => setPerEvent(true)}
            />{' '}
            {t('events.perEvent')}
          </label>
        </fieldset>
        <CountField label={t('events.topActors')} value={top} max={MAX_ACTORS} onChange={setTop} />
        <CountField
          label={t('events.topRelations')}
          value={topRel}
          max={MAX_RELATIONS}
          onChange={setTopRel}
        />
        <div className="field">
          <label htmlFor={widthId}>{t('events.width')}</label>
          <select
            id={widthId}
            value={lineWidth}
            onChange={(e) => setLineWidth(e.target.value === 'sources' ? 'sources' : 'mentions')}
          >
            <option value="mentions">{t('events.byMentions')}</option>
            <option value="sources">{t('events.bySources')}</option>
          </select>
        </div>
        <label className="field">
          {t('events.mentionsFile')}
          <input
            type="file"
            accept=".csv,.tsv,.txt,.zip,.CSV"
            disabled={engine}
            onChange={(e) => setMentions(e.target.files?.[0])}
          />
        </label>
        {mentions && <p className="hint">{t('events.mentionsChosen', { name: mentions.name })}</p>}
      </div>
      <div className="modal-actions">
        <button type="button" onClick={close}>
          {t('events.cancel')}
        </button>
        <button type="button" disabled={!valid} onClick={open}>
          {t('events.open')}
        </button>
      </div>
    </Modal>
  );
}
