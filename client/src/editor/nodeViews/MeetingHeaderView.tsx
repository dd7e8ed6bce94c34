import type { MeetingHeaderAttributes } from '@minutes/shared';
import { type NodeViewProps, NodeViewWrapper } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { DateField } from './DateField';
import { escapeToEditor } from './escapeToEditor';
import { TextField } from './TextField';
import { useEditable } from './useEditable';

type Fields = Partial<Omit<MeetingHeaderAttributes, 'id'>>;

/** The meeting's series, title, date, times and place, edited as form fields. */
export function MeetingHeaderView({ editor, node, getPos, updateAttributes }: NodeViewProps) {
  const { t } = useTranslation();
  const editable = useEditable(editor);
  const attrs = node.attrs as MeetingHeaderAttributes;
  const update = (fields: Fields) => {
    if (attrs.id) editor.commands.updateMeetingHeader(attrs.id, fields);
    else updateAttributes(fields);
  };

  return (
    <NodeViewWrapper
      className="meeting-header"
      contentEditable={false}
      onKeyDown={escapeToEditor(editor, getPos)}
    >
      <fieldset className="node-fieldset" disabled={!editable}>
        <legend className="node-fieldset__legend">{t('meetingHeader.legend')}</legend>
        <div className="meeting-header__grid">
          <TextField
            className="meeting-header__series"
            label={t('meetingHeader.series')}
            value={attrs.series}
            onCommit={(series) => update({ series })}
          />
          <TextField
            className="meeting-header__title"
            label={t('meetingHeader.title')}
            value={attrs.title}
            onCommit={(title) => update({ title })}
          />
          <DateField
            label={t('meetingHeader.date')}
            value={attrs.date}
            onCommit={(date) => update({ date })}
          />
          <TextField
            label={t('meetingHeader.startTime')}
            type="time"
            value={attrs.startTime}
            onCommit={(startTime) => update({ startTime })}
          />
          <TextField
            label={t('meetingHeader.endTime')}
            type="time"
            value={attrs.endTime}
            onCommit={(endTime) => update({ endTime })}
          />
          <TextField
            label={t('meetingHeader.room')}
            value={attrs.room}
            onCommit={(room) => update({ room })}
          />
          <TextField
            className="meeting-header__video"
            label={t('meetingHeader.videoLink')}
            type="url"
            value={attrs.videoLink}
            onCommit={(videoLink) => update({ videoLink })}
          />
        </div>
      </fieldset>
    </NodeViewWrapper>
  );
}
