import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, PreviewPerson } from '../api/ImportPreview';
import { formatDate } from '../i18n/formatDate';
import { useLanguage } from '../i18n/useLanguage';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Stable keys for items that may repeat ("Lägesrapport" twice): the text, numbered from its second time. */
function keyed<T>(items: readonly T[], textOf: (item: T) => string): Array<{ key: string; item: T }> {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const text = textOf(item);
    const times = seen.get(text) ?? 0;
    seen.set(text, times + 1);
    return { key: times === 0 ? text : `${text}#${times}`, item };
  });
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="import-preview__detail">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A part of the preview: a heading with its count, and its list or "none found". */
function Part({ heading, empty, children }: { heading: string; empty: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="import-preview__part" aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      {empty ? <p className="muted">{t('import.none')}</p> : children}
    </section>
  );
}

function Person({ person }: { person: PreviewPerson }) {
  const { t } = useTranslation();
  const about = [person.role, person.organisation].filter(Boolean).join(', ');
  const notes = [
    person.duty ? t(`attendees.dutyValues.${person.duty}`) : null,
    person.attendance !== 'present' && person.attendance !== 'absent'
      ? t(`attendees.attendanceValues.${person.attendance}`)
      : null,
  ].filter(Boolean);
  return (
    <li>
      <span className="import-preview__name">{person.name}</span>
      {about && <span className="muted"> – {about}</span>}
      {notes.length > 0 && <span className="import-preview__note"> ({notes.join(', ')})</span>}
    </li>
  );
}

/** What the import recognised, as a readable summary with headings, before the meeting is created. */
export function ImportPreviewSummary({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const date = (value: string) => (ISO_DATE.test(value) ? formatDate(value, language) : value);
  const missing = <span className="muted">{t('import.missing')}</span>;
  const next = preview.next_meeting;

  return (
    <div className="import-preview" data-testid="import-preview">
      <h3 className="import-preview__title">{preview.title ?? t('import.untitled')}</h3>
      <dl className="import-preview__details" aria-label={t('import.details')}>
        <Detail term={t('import.date')}>
          {preview.date ? <time dateTime={preview.date}>{date(preview.date)}</time> : missing}
        </Detail>
        <Detail term={t('import.series')}>{preview.series ?? missing}</Detail>
        <Detail term={t('import.time')}>{preview.time ?? missing}</Detail>
        <Detail term={t('import.place')}>{preview.place ?? missing}</Detail>
        <Detail term={t('import.chair')}>{preview.chair ?? missing}</Detail>
        <Detail term={t('import.secretary')}>{preview.secretary ?? missing}</Detail>
        <Detail term={t('import.verifiers')}>
          {preview.verifiers.length > 0 ? preview.verifiers.join(', ') : missing}
        </Detail>
      </dl>
      <div className="import-preview__columns">
        <Part
          heading={t('import.attendees', { count: preview.attendees.length })}
          empty={preview.attendees.length === 0}
        >
          <ul className="import-preview__list" data-testid="preview-attendees">
            {keyed(preview.attendees, (person) => person.name).map(({ key, item }) => (
              <Person key={key} person={item} />
            ))}
          </ul>
        </Part>
        <Part
          heading={t('import.absent', { count: preview.absent.length })}
          empty={preview.absent.length === 0}
        >
          <ul className="import-preview__list" data-testid="preview-absent">
            {keyed(preview.absent, (person) => person.name).map(({ key, item }) => (
              <Person key={key} person={item} />
            ))}
          </ul>
        </Part>
      </div>
      <Part
        heading={t('import.agenda', { count: preview.agenda.length })}
        empty={preview.agenda.length === 0}
      >
        <ol className="import-preview__list" data-testid="preview-agenda">
          {keyed(preview.agenda, (item) => item.title).map(({ key, item }) => (
            <li key={key} value={Number.parseInt(item.number?.replace(/^\D+/u, '') ?? '', 10) || undefined}>
              {item.title}
            </li>
          ))}
        </ol>
      </Part>
      <Part
        heading={t('import.decisions', { count: preview.decisions.length })}
        empty={preview.decisions.length === 0}
      >
        <ul className="import-preview__list import-preview__items" data-testid="preview-decisions">
          {keyed(preview.decisions, (decision) => decision.text).map(({ key, item: decision }) => (
            <li key={key} className="import-preview__item import-preview__item--decision">
              <span>{decision.text}</span>
              {decision.agenda_item && (
                <span className="import-preview__meta">
                  {t('import.underItem', { item: decision.agenda_item })}
                </span>
              )}
            </li>
          ))}
        </ul>
      </Part>
      <Part
        heading={t('import.actions', { count: preview.actions.length })}
        empty={preview.actions.length === 0}
      >
        <ul className="import-preview__list import-preview__items" data-testid="preview-actions">
          {keyed(preview.actions, (action) => action.text).map(({ key, item: action }) => (
            <li key={key} className="import-preview__item import-preview__item--task">
              <span>{action.text}</span>
              <span className="import-preview__meta">
                {action.assignees.length > 0
                  ? t('import.assignees', { names: action.assignees.join(', ') })
                  : t('import.noAssignee')}
                {action.due && <> · {t('import.due', { date: date(action.due) })}</>}
              </span>
              {action.agenda_item && (
                <span className="import-preview__meta">
                  {t('import.underItem', { item: action.agenda_item })}
                </span>
              )}
            </li>
          ))}
        </ul>
      </Part>
      <Part
        heading={t('import.tabled', { count: preview.tabled.length })}
        empty={preview.tabled.length === 0}
      >
        <ul className="import-preview__list import-preview__items" data-testid="preview-tabled">
          {keyed(preview.tabled, (tabled) => tabled.text).map(({ key, item }) => (
            <li key={key} className="import-preview__item">
              <span>{item.text}</span>
              {item.agenda_item && (
                <span className="import-preview__meta">
                  {t('import.underItem', { item: item.agenda_item })}
                </span>
              )}
            </li>
          ))}
        </ul>
      </Part>
      <Part heading={t('import.nextMeeting')} empty={false}>
        {next ? (
          <p data-testid="preview-next-meeting">
            {[next.date ? date(next.date) : null, next.time, next.place].filter(Boolean).join(' · ') ||
              next.text}
          </p>
        ) : (
          <p className="muted">{t('import.noNextMeeting')}</p>
        )}
      </Part>
    </div>
  );
}
