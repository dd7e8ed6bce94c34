import type { DiffPart } from '@minutes/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { collapseDiff } from './collapseDiff';

/**
 * A diff as lines: added ones in <ins>, removed ones in <del>, each with a written label and a sign,
 * so that colour is never the only clue. Long unchanged stretches are folded until asked for.
 */
export function DiffView({ parts, title }: { parts: DiffPart[]; title: string }) {
  const { t } = useTranslation();
  const [whole, setWhole] = useState(false);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const added = parts.filter((part) => part.kind === 'added').length;
  const removed = parts.filter((part) => part.kind === 'removed').length;
  const rows = whole
    ? parts.map((part, line) => ({ kind: 'part' as const, part, line }))
    : collapseDiff(parts);
  const folded = rows.some((row) => row.kind === 'skipped');

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <div className="diff" data-testid="diff">
      <h3 id={headingId} ref={heading} tabIndex={-1} className="diff__title">
        {title}
      </h3>
      <p className="diff__summary" data-testid="diff-summary">
        {added === 0 && removed === 0
          ? t('diff.noChanges')
          : `${t('diff.linesAdded', { count: added })}, ${t('diff.linesRemoved', { count: removed })}.`}
      </p>
      {(added > 0 || removed > 0) && (
        <ol className="diff__lines" aria-labelledby={headingId}>
          {rows.map((row) =>
            row.kind === 'skipped' ? (
              <li key={`skip-${row.line}`} className="diff__line diff__line--skipped">
                {t('diff.skipped', { count: row.count })}
              </li>
            ) : (
              <li key={row.line} className={`diff__line diff__line--${row.part.kind}`}>
                <span className="diff__sign" aria-hidden="true">
                  {row.part.kind === 'added' ? '+' : row.part.kind === 'removed' ? '−' : ' '}
                </span>
                {row.part.kind === 'added' && (
                  <ins>
                    <span className="visually-hidden">{t('diff.added')}: </span>
                    {row.part.text}
                  </ins>
                )}
                {row.part.kind === 'removed' && (
                  <del>
                    <span className="visually-hidden">{t('diff.removed')}: </span>
                    {row.part.text}
                  </del>
                )}
                {row.part.kind === 'same' && <span>{row.part.text}</span>}
              </li>
            ),
          )}
        </ol>
      )}
      {(folded || whole) && (added > 0 || removed > 0) && (
        <button type="button" className="button button--small" onClick={() => setWhole(!whole)}>
          {whole ? t('diff.showChanges') : t('diff.showAll')}
        </button>
      )}
    </div>
  );
}
