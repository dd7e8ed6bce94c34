import type { Editor, Node } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { INSERTABLE_NODES, type InsertableNodeName } from './insertableNodes';
import { insertNode } from './insertNode';
import { ActionItemView } from './nodeViews/ActionItemView';
import { AgendaItemView } from './nodeViews/AgendaItemView';
import { type AttendeeListOptions, AttendeeListView } from './nodeViews/AttendeeListView';
import { AttendeeView } from './nodeViews/AttendeeView';
import { DecisionView } from './nodeViews/DecisionView';
import { MeetingHeaderView } from './nodeViews/MeetingHeaderView';
import { NextMeetingView } from './nodeViews/NextMeetingView';
import { sharedNodes } from './sharedNodes';

/** The key binding that inserts the node `name` (see insertableNodes.ts). */
function insertShortcut(editor: Editor, name: InsertableNodeName): Record<string, () => boolean> {
  const insertable = INSERTABLE_NODES.find((node) => node.name === name);
  return insertable ? { [insertable.shortcut]: () => insertNode(editor, insertable) } : {};
}

/**
 * The shared nodes with this client's behaviour: React node views and insert shortcuts. Only
 * behaviour changes; the schema stays the one in shared/.
 */
export function nodeViewExtensions({ awareness }: AttendeeListOptions): Node[] {
  return [
    sharedNodes.meetingHeader.extend({
      addNodeView: () => ReactNodeViewRenderer(MeetingHeaderView),
      addKeyboardShortcuts() {
        return { ...this.parent?.(), ...insertShortcut(this.editor, 'meetingHeader') };
      },
    }),
    sharedNodes.attendeeList
      .extend<AttendeeListOptions>({
        addOptions: () => ({ awareness: null }),
        addNodeView: () => ReactNodeViewRenderer(AttendeeListView, { contentDOMElementTag: 'ul' }),
        addKeyboardShortcuts() {
          return { ...this.parent?.(), ...insertShortcut(this.editor, 'attendeeList') };
        },
      })
      .configure({ awareness }),
    sharedNodes.attendee.extend({
      addNodeView: () => ReactNodeViewRenderer(AttendeeView, { as: 'li' }),
    }),
    sharedNodes.agendaItem.extend({
      addNodeView: () => ReactNodeViewRenderer(AgendaItemView),
      addKeyboardShortcuts() {
        return { ...this.parent?.(), ...insertShortcut(this.editor, 'agendaItem') };
      },
    }),
    sharedNodes.decision.extend({
      addNodeView: () => ReactNodeViewRenderer(DecisionView, { contentDOMElementTag: 'p' }),
      addKeyboardShortcuts() {
        return { ...this.parent?.(), ...insertShortcut(this.editor, 'decision') };
      },
    }),
    sharedNodes.actionItem.extend({
      addNodeView: () => ReactNodeViewRenderer(ActionItemView, { contentDOMElementTag: 'p' }),
      addKeyboardShortcuts() {
        return { ...this.parent?.(), ...insertShortcut(this.editor, 'actionItem') };
      },
    }),
    sharedNodes.nextMeeting.extend({
      addNodeView: () => ReactNodeViewRenderer(NextMeetingView),
      addKeyboardShortcuts() {
        return { ...this.parent?.(), ...insertShortcut(this.editor, 'nextMeeting') };
      },
    }),
  ];
}
