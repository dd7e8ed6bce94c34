import type { MinutesAction, MinutesDecision } from '@minutes/shared';
import type { Editor } from '@tiptap/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/formatDate';
import { useLanguage } from '../i18n/useLanguage';
import { focusNodeById } from './focusNodeById';
import { groupByAgendaItem } from './groupByAgendaItem';
import { useLiveMinutes } from './useLiveMinutes';
import { useRemoteAnnouncement } from './useRemoteAnnouncement';

interface MinutesPanelProps {
  editor: Editor;
  meetingDate: string | null;
  /** The document has synced with the server; from then on, others' additions are announced. */
  synced: boolean;
}

/** Beslut och uppgifter: the decisions and tasks of the document, per agenda item, live. */
export function MinutesPanel({ editor, meetingDate, synced }: MinutesPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const live = useLiveMinutes(editor, meetingDate, synced);
  const announcement = useRemoteAnnouncement(live);
  const { minutes } = live;
  const groups = groupByAgendaItem(minutes);

  const dueText = (action: MinutesAction) => {
    if (!action.due) return null;
    if (action.dueDate === action.due) return t('panel.due', { date: formatDate(action.due, language) });
    const resolved = action.dueDate ? ` (${formatDate(action.dueDate, language)})` : '';
    return t('panel.due', { date: `${action.due}${resolved}` });
  };

  const go = (item: MinutesDecision | MinutesAction) => {
    if (item.id) focusNodeById(editor, item.id);
  };

  return (
    <aside className="minutes-panel" aria-labelledby={headingId} data-testid="minutes-panel">
      <h2 id={headingId} className="minutes-panel__heading">
        {t('panel.heading')}
      </h2>
      <p className="visually-hidden" aria-live="polite" data-testid="minutes-panel-announcement">
        {announcement}
      </p>
      {groups.length === 0 && <p className="minutes-panel__empty">{t('panel.empty')}</p>}
      {groups.map(({ item, decisions, actions }) => (
        <section key={item?.id ?? item?.number ?? 'outside'} className="minutes-panel__group">
          <h3 className="minutes-panel__item">
            {item ? `${item.number}. ${item.title || t('panel.untitled')}` : t('panel.outsideAgenda')}
            {item?.status === 'tabled' && <span className="badge badge--tabled">{t('panel.tabled')}</span>}
          </h3>
          {decisions.length > 0 && (
            <ul className="minutes-panel__list" aria-label={t('panel.decisions')}>
              {decisions.map((decision) => (
                <li key={decision.id ?? decision.text} className="minutes-panel__entry">
                  <button
                    type="button"
                    className="minutes-panel__button minutes-panel__button--decision"
                    onClick={() => go(decision)}
                  >
                    <span className="minutes-panel__kind">{t('decision.label')}</span>
                    <span className="minutes-panel__text">{decision.text}</span>
                    {decision.reservations.length > 0 && (
                      <span className="minutes-panel__meta">
                        {t('panel.reservations', { names: decision.reservations.join(', ') })}
                      </span>
                    )}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {actions.length > 0 && (
            <ul className="minutes-panel__list" aria-label={t('panel.tasks')}>
              {actions.map((action) => (
                <li key={action.id ?? action.text} className="minutes-panel__entry">
                  <button
                    type="button"
                    className={`minutes-panel__button minutes-panel__button--task minutes-panel__button--${action.status}`}
                    onClick={() => go(action)}
                  >
                    <span className="minutes-panel__kind">
                      {t('actionItem.label')}
                      <span className={`status-tag status-tag--${action.status}`}>
                        {action.status === 'done' ? t('panel.done') : t('panel.open')}
                      </span>
                    </span>
                    <span className="minutes-panel__text">{action.text}</span>
                    <span className="minutes-panel__meta">
                      {action.assignees.length > 0
                        ? t('panel.assignees', { names: action.assignees.join(', ') })
                        : t('panel.noAssignee')}
                    </span>
                    {action.due && <span className="minutes-panel__meta">{dueText(action)}</span>}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </aside>
  );
}
