import type { TrackedTask } from '@minutes/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/formatDate';
import { formatDateTime } from '../../i18n/formatDateTime';
import { useLanguage } from '../../i18n/useLanguage';
import { PathLink } from '../PathLink';

interface TaskRowProps {
  task: TrackedTask;
  /** Null: the person may not change the status here, which is then shown in words. */
  onToggle: ((task: TrackedTask, done: boolean) => void) | null;
  saving: boolean;
}

/** A task in the tracker: what, who, by when (and whether that has passed), where, and Klar. */
export function TaskRow({ task, onToggle, saving }: TaskRowProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const doneId = useId();
  const hintId = useId();
  const done = task.status === 'done';
  const written = task.due !== null && task.due !== task.dueDate ? task.due : null;

  return (
    <tr
      className={`task-row${done ? ' task-row--done' : ''}`}
      data-testid="task-row"
      data-status={task.status}
    >
      <th scope="row" className="task-row__text">
        <span data-testid="task-text">{task.text}</span>
        {task.agendaItemTitle && (
          <span className="task-row__meta">{t('tasks.agendaItem', { title: task.agendaItemTitle })}</span>
        )}
      </th>
      <td>{task.assignees.length > 0 ? task.assignees.join(', ') : t('tasks.noAssignee')}</td>
      <td className="task-row__due" data-testid="task-due">
        {task.due === null && <span className="muted">{t('tasks.noDue')}</span>}
        {task.dueDate !== null && <time dateTime={task.dueDate}>{formatDate(task.dueDate, language)}</time>}
        {written !== null && (task.dueDate !== null ? <span className="muted"> ({written})</span> : written)}
        {task.overdue && (
          <span className="badge badge--overdue" data-testid="task-overdue">
            <span aria-hidden="true">! </span>
            {t('tasks.overdue')}
          </span>
        )}
      </td>
      <td>
        <PathLink href={task.path} className="task-row__meeting" testId="task-link">
          {task.meetingTitle}
          <span className="visually-hidden"> {t('tasks.toTask')}</span>
        </PathLink>
        <time className="task-row__meta" dateTime={task.meetingDate}>
          {formatDate(task.meetingDate, language)}
        </time>
      </td>
      <td className="task-row__status">
        {onToggle === null ? (
          <span data-testid="task-status">{done ? t('tasks.done') : t('tasks.open')}</span>
        ) : (
          <div className="task-row__done">
            <input
              id={doneId}
              type="checkbox"
              checked={done}
              disabled={saving}
              aria-describedby={task.finalised ? hintId : undefined}
              data-testid="task-done"
              onChange={(event) => onToggle(task, event.target.checked)}
            />
            <label htmlFor={doneId}>
              {t('tasks.done')}
              <span className="visually-hidden">: {task.text}</span>
            </label>
          </div>
        )}
        {task.finalised && (
          <p id={hintId} className="field-hint task-row__hint" data-testid="task-finalised-hint">
            {t('tasks.finalisedHint')}
          </p>
        )}
        {task.statusChangedBy && task.statusChangedAt && (
          <p className="field-hint task-row__hint">
            {t('tasks.changedBy', {
              name: task.statusChangedBy,
              when: formatDateTime(task.statusChangedAt, language),
            })}
          </p>
        )}
      </td>
    </tr>
  );
}
