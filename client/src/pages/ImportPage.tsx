import { IMPORT_FAILURES } from '@minutes/shared';
import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { ApiError } from '../api/ApiError';
import { describeError } from '../api/describeError';
import type { ImportPreview } from '../api/ImportPreview';
import { type ImportSource, importsApi } from '../api/importsApi';
import { ImportForm } from '../components/ImportForm';
import { ImportPreviewSummary } from '../components/ImportPreviewSummary';
import { useDocumentTitle } from '../useDocumentTitle';

type Step = 'idle' | 'previewing' | 'ready' | 'creating';

interface Previewed {
  source: ImportSource;
  preview: ImportPreview;
}

interface ImportError {
  text: string;
  /** What the server says is wrong with the minutes; its messages are written in English. */
  detail?: string;
}

/** The message for a refused import: what the server says is wrong with the minutes, in context. */
function importError(error: unknown, t: TFunction): ImportError {
  if (error instanceof ApiError && error.status === 413) return { text: t('import.tooLarge') };
  if (error instanceof ApiError && error.status === 400) {
    const reason = IMPORT_FAILURES.find((known) => known === error.reason);
    // A reason the page knows is said in the page's language; anything else keeps the server's words.
    if (reason) return { text: t(`import.failures.${reason}`) };
    return { text: t('import.unreadable'), detail: error.message };
  }
  return { text: describeError(error, t) };
}

/** Import existing minutes: choose a file or paste text, preview what is recognised, create the meeting. */
export function ImportPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [step, setStep] = useState<Step>('idle');
  const [previewed, setPreviewed] = useState<Previewed | null>(null);
  const [error, setError] = useState<ImportError | null>(null);
  const request = useRef<AbortController | null>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const formHeadingId = useId();
  const previewHeadingId = useId();
  useDocumentTitle(t('import.title'));

  useEffect(() => () => request.current?.abort(), []);

  useEffect(() => {
    if (previewed) previewHeading.current?.focus();
  }, [previewed]);

  function reset() {
    request.current?.abort();
    setPreviewed(null);
    setError(null);
    setStep('idle');
  }

  async function preview(source: ImportSource | null, missing: string) {
    reset();
    if (source === null) {
      setError({ text: missing });
      return;
    }
    const controller = new AbortController();
    request.current = controller;
    setStep('previewing');
    try {
      const found = await importsApi.preview(source, controller.signal);
      setPreviewed({ source, preview: found });
      setStep('ready');
    } catch (failure) {
      if (controller.signal.aborted) return;
      setError(importError(failure, t));
      setStep('idle');
    }
  }

  async function create() {
    if (!previewed) return;
    setStep('creating');
    setError(null);
    try {
      const meeting = await importsApi.create(previewed.source);
      navigate(`/meetings/${meeting.id}`);
    } catch (failure) {
      setError(importError(failure, t));
      setStep('ready');
    }
  }

  return (
    <div className="import-page">
      <h1>{t('import.title')}</h1>
      <p className="import-page__intro">{t('import.intro')}</p>
      <section className="card" aria-labelledby={formHeadingId}>
        <h2 id={formHeadingId}>{t('import.formHeading')}</h2>
        <ImportForm busy={step === 'previewing'} onPreview={preview} onChange={reset} />
      </section>
      <div role="alert" className="import-page__alert" data-testid="import-error">
        {error !== null && (
          <p className="notice notice--error">
            {error.text}
            {error.detail && (
              <>
                {' '}
                <span lang="en">{error.detail}</span>
              </>
            )}
          </p>
        )}
      </div>
      {previewed && (
        <section className="card import-page__preview" aria-labelledby={previewHeadingId}>
          <h2 id={previewHeadingId} ref={previewHeading} tabIndex={-1}>
            {t('import.previewHeading')}
          </h2>
          <p className="muted">{t('import.previewIntro')}</p>
          <ImportPreviewSummary preview={previewed.preview} />
          <button
            type="button"
            className="button button--primary"
            data-testid="import-create"
            disabled={step === 'creating'}
            onClick={create}
          >
            {step === 'creating' ? t('import.creating') : t('import.create')}
          </button>
        </section>
      )}
    </div>
  );
}
