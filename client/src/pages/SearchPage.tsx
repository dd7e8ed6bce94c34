import type { SearchHit } from '@minutes/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { ApiError } from '../api/ApiError';
import { describeError } from '../api/describeError';
import { searchApi } from '../api/searchApi';
import { PathLink } from '../components/PathLink';
import { SnippetText } from '../components/search/SnippetText';
import { queryOf } from '../components/search/searchPath';
import { formatDate } from '../i18n/formatDate';
import { useLanguage } from '../i18n/useLanguage';
import { useDocumentTitle } from '../useDocumentTitle';

const MIN_LENGTH = 2;

type Result =
  | { state: 'idle' }
  | { state: 'searching' }
  | { state: 'found'; hits: SearchHit[] }
  | { state: 'failed'; message: string };

/**
 * The hits of a search, per meeting, with the matching words marked. The query comes from the
 * address, which the header's search field sets; that field keeps showing it.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const search = useSearch();
  const query = queryOf(search).trim();
  const series = new URLSearchParams(search).get('series');
  const [result, setResult] = useState<Result>({ state: 'idle' });
  useDocumentTitle(query === '' ? t('search.title') : t('search.resultsFor', { query }));

  useEffect(() => {
    if (query.length < MIN_LENGTH) {
      setResult({ state: 'idle' });
      return;
    }
    const controller = new AbortController();
    setResult({ state: 'searching' });
    searchApi.search(query, series, controller.signal).then(
      (hits) => setResult({ state: 'found', hits }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const tooShort = error instanceof ApiError && error.status === 400 && query.length < MIN_LENGTH;
        setResult({ state: 'failed', message: tooShort ? t('search.tooShort') : describeError(error, t) });
      },
    );
    return () => controller.abort();
  }, [query, series, t]);

  const status = () => {
    if (result.state === 'searching') return t('search.searching');
    if (result.state !== 'found') return '';
    return result.hits.length === 0
      ? t('search.none', { query })
      : t('search.hits', { count: result.hits.length, query });
  };

  return (
    <div className="search-page">
      <h1>{t('search.title')}</h1>
      {query === '' && <p data-testid="search-prompt">{t('search.prompt')}</p>}
      <p role="status" className="search-page__status" data-testid="search-status">
        {status()}
      </p>
      <div role="alert" data-testid="search-error">
        {query !== '' && query.length < MIN_LENGTH && <p className="field-error">{t('search.tooShort')}</p>}
        {result.state === 'failed' && <p className="field-error">{result.message}</p>}
      </div>
      {result.state === 'found' && result.hits.length > 0 && (
        <ol className="search-hits" aria-label={t('search.resultsFor', { query })}>
          {result.hits.map((hit) => (
            <li key={hit.meetingId} className="search-hit card" data-testid="search-hit">
              <h2 className="search-hit__title">
                <PathLink href={hit.path} testId="search-hit-link">
                  {hit.meetingTitle}
                </PathLink>
              </h2>
              <p className="search-hit__meta">
                <time dateTime={hit.meetingDate}>{formatDate(hit.meetingDate, language)}</time>{' '}
                <span className={`badge badge--${hit.source === 'draft' ? 'draft' : 'published'}`}>
                  {t(hit.source === 'draft' ? 'search.draft' : 'search.published')}
                </span>
              </p>
              <ul
                className="search-hit__snippets"
                aria-label={t('search.snippets', { title: hit.meetingTitle })}
              >
                {hit.snippets.map((parts, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the snippets come whole with each search.
                  <li key={index} className="search-hit__snippet" data-testid="search-snippet">
                    <SnippetText parts={parts} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
