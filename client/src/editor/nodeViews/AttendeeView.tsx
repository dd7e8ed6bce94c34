import { ATTENDANCES, type Attendance, type AttendeeAttributes, DUTIES, type Duty } from '@minutes/shared';
import { type NodeViewProps, NodeViewWrapper } from '@tiptap/react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { escapeToEditor } from './escapeToEditor';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { useEditable } from './useEditable';

type Fields = Partial<Omit<AttendeeAttributes, 'id'>>;
const NO_DUTY = 'none' as const;

/** One row of the attendee list: name, role, organisation, attendance and duty. */
export function AttendeeView({ editor, node, getPos, updateAttributes, deleteNode }: NodeViewProps) {
  const { t } = useTranslation();
  const editable = useEditable(editor);
  const row = useRef<HTMLDivElement>(null);
  const attrs = node.attrs as AttendeeAttributes;
  const update = (fields: Fields) => {
    if (attrs.id) editor.commands.updateAttendee(attrs.id, fields);
    else updateAttributes(fields);
  };

  function remove() {
    // The row's DOM goes with it; focus moves to the row above, or to the list's add button.
    const item = row.current?.closest('li');
    const next =
      item?.previousElementSibling?.querySelector<HTMLElement>('input') ??
      item?.closest('.attendee-list')?.querySelector<HTMLElement>('.attendee-list__add');
    deleteNode();
    next?.focus();
  }

  const attendance = ATTENDANCES.map((value) => ({ value, label: t(`attendees.attendanceValues.${value}`) }));
  const duties = [NO_DUTY, ...DUTIES].map((value: Duty | typeof NO_DUTY) => ({
    value,
    label: t(`attendees.dutyValues.${value}`),
  }));

  return (
    <NodeViewWrapper
      ref={row}
      className={`attendee attendee--${attrs.attendance}`}
      contentEditable={false}
      data-attendee-id={attrs.id ?? undefined}
      onKeyDown={escapeToEditor(editor, getPos)}
    >
      <fieldset className="attendee__fields" disabled={!editable}>
        <TextField
          className="attendee__name"
          label={t('attendees.name')}
          hideLabel
          value={attrs.name}
          onCommit={(name) => update({ name: name ?? '' })}
        />
        <TextField
          className="attendee__role"
          label={t('attendees.role')}
          hideLabel
          value={attrs.role}
          onCommit={(role) => update({ role })}
        />
        <TextField
          className="attendee__organisation"
          label={t('attendees.organisation')}
          hideLabel
          value={attrs.organisation}
          onCommit={(organisation) => update({ organisation })}
        />
        <SelectField<Attendance>
          className="attendee__attendance"
          label={t('attendees.attendance')}
          hideLabel
          value={attrs.attendance}
          options={attendance}
          onChange={(value) => update({ attendance: value })}
        />
        <SelectField<Duty | typeof NO_DUTY>
          className="attendee__duty"
          label={t('attendees.duty')}
          hideLabel
          value={attrs.duty ?? NO_DUTY}
          options={duties}
          onChange={(value) => update({ duty: value === NO_DUTY ? null : value })}
        />
        <button
          type="button"
          className="icon-button attendee__remove"
          aria-label={attrs.name ? t('attendees.remove', { name: attrs.name }) : t('attendees.removeUnnamed')}
          title={attrs.name ? t('attendees.remove', { name: attrs.name }) : t('attendees.removeUnnamed')}
          onClick={remove}
        >
          <span aria-hidden="true">×</span>
        </button>
      </fieldset>
    </NodeViewWrapper>
  );
}
