import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { queryOf, searchPath } from './searchPath';

/** The search field in the header: it opens the search page, and shows that page's query. */
export function SiteSearch() {
  const { t } = useTranslation();
  const [location, navigate] = useLocation();
  const search = useSearch();
  const shown = location === '/search' ? queryOf(search) : '';
  const [text, setText] = useState(shown);
  const inputId = useId();

  // Going to another search (back, forward, a link) shows its query; leaving the page empties the field.
  useEffect(() => setText(shown), [shown]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(searchPath(text));
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is too new for some screen readers; a form with role search is named everywhere.
    <form role="search" className="site-search" aria-label={t('search.label')} onSubmit={submit}>
      <label htmlFor={inputId} className="visually-hidden">
        {t('search.field')}
      </label>
      <input
        id={inputId}
        type="search"
        className="site-search__input"
        maxLength={200}
        autoComplete="off"
        value={text}
        data-testid="site-search-input"
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="button site-search__button" data-testid="site-search-submit">
        {t('search.submit')}
      </button>
    </form>
  );
}
