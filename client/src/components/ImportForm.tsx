import { type DragEvent, type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSource, MinutesTextFormat } from '../api/importsApi';

export const ACCEPTED_FILES = '.txt,.md,.docx';

interface ImportFormProps {
  busy: boolean;
  /** Called with what to read; `null` when nothing was chosen yet (the message says what is missing). */
  onPreview: (source: ImportSource | null, missing: string) => void;
  /** Whatever the person changes makes an earlier preview stale. */
  onChange: () => void;
}

/** Where the minutes come from: a file (chosen or dropped) or pasted text with its format. */
export function ImportForm({ busy, onPreview, onChange }: ImportFormProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ImportSource['kind']>('file');
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [format, setFormat] = useState<MinutesTextFormat>('text');
  const [dragging, setDragging] = useState(false);
  const fileId = useId();
  const fileHintId = useId();
  const chosenId = useId();
  const textId = useId();

  function choose(next: File | null) {
    setFile(next);
    onChange();
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) choose(dropped);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (kind === 'file') onPreview(file && { kind: 'file', file }, t('import.fileRequired'));
    else onPreview(text.trim() ? { kind: 'text', text, format } : null, t('import.textRequired'));
  }

  return (
    <form className="import-form" onSubmit={submit} noValidate>
      <fieldset className="choice">
        <legend>{t('import.source')}</legend>
        {(['file', 'text'] as const).map((value) => (
          <label key={value} className="choice__option">
            <input
              type="radio"
              name="import-source"
              value={value}
              checked={kind === value}
              onChange={() => {
                setKind(value);
                onChange();
              }}
            />
            {value === 'file' ? t('import.sourceFile') : t('import.sourceText')}
          </label>
        ))}
      </fieldset>

      {/* Both stay mounted, so that a chosen file or pasted text survives switching back and forth. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer shortcut; the file input inside is the way for everyone else */}
      <div
        hidden={kind !== 'file'}
        className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
        data-testid="import-drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label htmlFor={fileId}>{t('import.fileLabel')}</label>
        <p id={fileHintId} className="field-hint">
          {t('import.fileHint')}
        </p>
        <input
          id={fileId}
          type="file"
          data-testid="import-file"
          accept={ACCEPTED_FILES}
          aria-describedby={file ? `${fileHintId} ${chosenId}` : fileHintId}
          onChange={(event) => choose(event.target.files?.[0] ?? null)}
        />
        {file && (
          <p id={chosenId} className="drop-zone__chosen">
            {t('import.fileChosen', { name: file.name, size: Math.max(1, Math.ceil(file.size / 1024)) })}
          </p>
        )}
      </div>
      <div hidden={kind !== 'text'}>
        <div className="field">
          <label htmlFor={textId}>{t('import.textLabel')}</label>
          <textarea
            id={textId}
            data-testid="import-text"
            rows={12}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              onChange();
            }}
          />
        </div>
        <fieldset className="choice">
          <legend>{t('import.format')}</legend>
          {(['text', 'markdown'] as const).map((value) => (
            <label key={value} className="choice__option">
              <input
                type="radio"
                name="import-format"
                value={value}
                checked={format === value}
                onChange={() => {
                  setFormat(value);
                  onChange();
                }}
              />
              {value === 'text' ? t('import.formatText') : t('import.formatMarkdown')}
            </label>
          ))}
        </fieldset>
      </div>

      <button
        type="submit"
        className="button button--primary"
        data-testid="import-preview-button"
        disabled={busy}
      >
        {busy ? t('import.previewing') : t('import.preview')}
      </button>
    </form>
  );
}
