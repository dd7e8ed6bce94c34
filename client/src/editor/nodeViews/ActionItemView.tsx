import type { ActionItemAttributes } from '@minutes/shared';
import { NodeViewContent, type NodeViewProps, NodeViewWrapper } from '@tiptap/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { anchorOf } from '../linkedNode';
import { AssigneePicker } from './AssigneePicker';
import { DueField } from './DueField';
import { escapeToEditor } from './escapeToEditor';
import { useAttendeeNames } from './useAttendeeNames';
import { useEditable } from './useEditable';

type Fields = Partial<Omit<ActionItemAttributes, 'id'>>;

/** Uppgift: what is to be done, by whom and by when, and whether it is done. */
export function ActionItemView({ editor, node, getPos, updateAttributes }: NodeViewProps) {
  const { t } = useTranslation();
  const editable = useEditable(editor);
  const attendees = useAttendeeNames(editor);
  const doneId = useId();
  const attrs = node.attrs as ActionItemAttributes;
  const done = attrs.status === 'done';
  const update = (fields: Fields) => {
    if (attrs.id) editor.commands.updateActionItem(attrs.id, fields);
    else updateAttributes(fields);
  };

  function toggleDone() {
    if (attrs.id) editor.commands.toggleActionItemDone(attrs.id);
    else updateAttributes({ status: done ? 'open' : 'done' });
  }

  return (
    <NodeViewWrapper
      id={attrs.id ? anchorOf('actionItem', attrs.id) : undefined}
      className={`action-item${done ? ' action-item--done' : ''}`}
      data-status={attrs.status}
      onKeyDown={escapeToEditor(editor, getPos)}
    >
      <span className="action-item__label" contentEditable={false}>
        {t('actionItem.label')}
      </span>
      <NodeViewContent className="action-item__text" />
      <div className="action-item__fields" contentEditable={false}>
        <fieldset className="action-item__fieldset" disabled={!editable}>
          <div className="action-item__done">
            <input id={doneId} type="checkbox" checked={done} onChange={toggleDone} />
            <label htmlFor={doneId}>{t('actionItem.done')}</label>
          </div>
          <AssigneePicker
            assignees={attrs.assignees ?? []}
            suggestions={attendees}
            onChange={(assignees) => update({ assignees })}
          />
          <DueField due={attrs.due} onChange={(due) => update({ due })} />
        </fieldset>
      </div>
    </NodeViewWrapper>
  );
}
