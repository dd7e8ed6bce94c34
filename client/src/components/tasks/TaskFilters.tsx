import type { Meeting } from '@minutes/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskFilterForm, TaskStatusFilter } from '../../api/taskQuery';
import { formatDate } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/useLanguage';

const STATUSES: readonly TaskStatusFilter[] = ['open', 'done', 'overdue', 'all'];

export type MeetingOption = Pick<Meeting, 'id' | 'title' | 'date'>;

interface TaskFiltersProps {
  value: TaskFilterForm;
  /** The meetings to choose from, newest first. */
  meetings: readonly MeetingOption[];
  onApply: (filter: TaskFilterForm) => void;
}

/** Status, assignee, meeting and due dates; the list follows when the form is sent. */
export function TaskFilters({ value, meetings, onApply }: TaskFiltersProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [draft, setDraft] = useState(value);
  const statusId = useId();
  const assigneeId = useId();
  const assigneeHintId = useId();
  const meetingId = useId();
  const afterId = useId();
  const beforeId = useId();
  const set = (fields: Partial<TaskFilterForm>) => setDraft((last) => ({ ...last, ...fields }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(draft);
  }

  return (
    <form className="task-filters" onSubmit={submit} noValidate aria-label={t('tasks.filters')}>
      <div className="field">
        <label htmlFor={statusId}>{t('tasks.status')}</label>
        <select
          id={statusId}
          value={draft.status}
          data-testid="task-filter-status"
          onChange={(event) =>
            set({ status: STATUSES.find((status) => status === event.target.value) ?? draft.status })
          }
        >
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`tasks.statusValues.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={assigneeId}>{t('tasks.assignee')}</label>
        <input
          id={assigneeId}
          type="text"
          maxLength={120}
          autoComplete="off"
          value={draft.assignee}
          aria-describedby={assigneeHintId}
          data-testid="task-filter-assignee"
          onChange={(event) => set({ assignee: event.target.value })}
        />
        <p id={assigneeHintId} className="field-hint">
          {t('tasks.assigneeHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={meetingId}>{t('tasks.meeting')}</label>
        <select
          id={meetingId}
          value={draft.meeting}
          data-testid="task-filter-meeting"
          onChange={(event) => set({ meeting: event.target.value })}
        >
          <option value="">{t('tasks.allMeetings')}</option>
          {meetings.map((meeting) => (
            <option key={meeting.id} value={meeting.id}>
              {meeting.title} ({formatDate(meeting.date, language)})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={afterId}>{t('tasks.dueAfter')}</label>
        <input
          id={afterId}
          type="date"
          value={draft.dueAfter}
          data-testid="task-filter-due-after"
          onChange={(event) => set({ dueAfter: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={beforeId}>{t('tasks.dueBefore')}</label>
        <input
          id={beforeId}
          type="date"
          value={draft.dueBefore}
          data-testid="task-filter-due-before"
          onChange={(event) => set({ dueBefore: event.target.value })}
        />
      </div>
      <button type="submit" className="button button--primary" data-testid="task-filter-apply">
        {t('tasks.apply')}
      </button>
    </form>
  );
}
