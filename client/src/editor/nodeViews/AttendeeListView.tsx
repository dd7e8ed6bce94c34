import { NodeViewContent, type NodeViewProps, NodeViewWrapper } from '@tiptap/react';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import { connectedNames } from './connectedNames';
import { focusWhenRendered } from './focusWhenRendered';
import { useEditable } from './useEditable';

export interface AttendeeListOptions {
  /** Who is connected; "mark connected as present" reads the names from here. */
  awareness: Awareness | null;
}

/** Närvarande: a heading, the attendee rows, and buttons to add a row or mark everyone connected present. */
export function AttendeeListView({ editor, node, getPos, extension }: NodeViewProps) {
  const { t } = useTranslation();
  const editable = useEditable(editor);
  const headingId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const { awareness } = extension.options as AttendeeListOptions;

  function addAttendee() {
    if (!editor.commands.addAttendee()) return;
    const pos = getPos();
    const added = pos === undefined ? null : editor.state.doc.nodeAt(pos)?.lastChild;
    const id = added?.attrs.id;
    if (typeof id !== 'string') return;
    focusWhenRendered(() =>
      wrapper.current?.querySelector<HTMLInputElement>(`[data-attendee-id="${CSS.escape(id)}"] input`),
    );
  }

  function markConnectedPresent() {
    if (awareness) editor.commands.markPresent(connectedNames(awareness));
  }

  return (
    <NodeViewWrapper ref={wrapper} className="attendee-list" role="group" aria-labelledby={headingId}>
      <div className="attendee-list__head" contentEditable={false}>
        <h2 id={headingId} className="attendee-list__heading">
          {t('attendees.heading')}
        </h2>
        <div className="attendee-list__columns" aria-hidden="true">
          <span>{t('attendees.name')}</span>
          <span>{t('attendees.role')}</span>
          <span>{t('attendees.organisation')}</span>
          <span>{t('attendees.attendance')}</span>
          <span>{t('attendees.duty')}</span>
        </div>
      </div>
      <NodeViewContent className="attendee-list__rows" />
      {node.childCount === 0 && (
        <p className="attendee-list__empty" contentEditable={false}>
          {t('attendees.empty')}
        </p>
      )}
      <div className="attendee-list__actions" contentEditable={false}>
        <button
          type="button"
          className="button button--small attendee-list__add"
          disabled={!editable}
          onClick={addAttendee}
        >
          {t('attendees.add')}
        </button>
        <button
          type="button"
          className="button button--small attendee-list__mark"
          disabled={!editable || awareness === null}
          onClick={markConnectedPresent}
        >
          {t('attendees.markConnected')}
        </button>
      </div>
    </NodeViewWrapper>
  );
}
