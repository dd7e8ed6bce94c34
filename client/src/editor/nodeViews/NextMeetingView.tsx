import type { NextMeetingAttributes } from '@minutes/shared';
import { type NodeViewProps, NodeViewWrapper } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { DateField } from './DateField';
import { escapeToEditor } from './escapeToEditor';
import { TextField } from './TextField';
import { useEditable } from './useEditable';

type Fields = Partial<Omit<NextMeetingAttributes, 'id'>>;

/** Nästa möte: date, time and place of the next meeting. */
export function NextMeetingView({ editor, node, getPos, updateAttributes }: NodeViewProps) {
  const { t } = useTranslation();
  const editable = useEditable(editor);
  const attrs = node.attrs as NextMeetingAttributes;
  const update = (fields: Fields) => {
    if (attrs.id) editor.commands.updateNextMeeting(attrs.id, fields);
    else updateAttributes(fields);
  };

  return (
    <NodeViewWrapper
      className="next-meeting"
      contentEditable={false}
      onKeyDown={escapeToEditor(editor, getPos)}
    >
      <fieldset className="node-fieldset" disabled={!editable}>
        <legend className="node-fieldset__legend">{t('nextMeeting.legend')}</legend>
        <div className="next-meeting__grid">
          <DateField label={t('nextMeeting.date')} value={attrs.date} onCommit={(date) => update({ date })} />
          <TextField label={t('nextMeeting.time')} value={attrs.time} onCommit={(time) => update({ time })} />
          <TextField
            className="next-meeting__place"
            label={t('nextMeeting.place')}
            value={attrs.place}
            onCommit={(place) => update({ place })}
          />
        </div>
      </fieldset>
    </NodeViewWrapper>
  );
}
