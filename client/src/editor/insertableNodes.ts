import { newNodeId } from '@minutes/shared';
import type { ChainedCommands, CommandProps, Editor } from '@tiptap/core';
import { GapCursor } from '@tiptap/pm/gapcursor';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';

export type InsertableNodeName =
  | 'agendaItem'
  | 'decision'
  | 'actionItem'
  | 'attendeeList'
  | 'meetingHeader'
  | 'nextMeeting';

export interface InsertableNode {
  name: InsertableNodeName;
  /** Tiptap key binding. */
  shortcut: string;
  /** Words the slash menu matches, in Swedish and English (the label in the current language also matches). */
  keywords: readonly string[];
  /**
   * The document has at most one of these (the extraction reads the first): inserting one when it
   * exists goes to the existing one instead.
   */
  single: boolean;
  /** Adds the insertion to a chain that has focused the editor (and removed any slash command text). */
  insert: (chain: ChainedCommands, editor: Editor) => ChainedCommands;
}

/** An empty gap selection at `place(doc)`, from which the shared insert commands insert there. */
const gapAt =
  (place: (doc: ProseMirrorNode) => number) =>
  ({ tr }: CommandProps) => {
    tr.setSelection(new GapCursor(tr.doc.resolve(place(tr.doc))));
    return true;
  };

/** A new block of `type` after the text block the caret is in, with the caret in it (for agenda titles). */
const blockAfterCaret =
  (type: 'decision' | 'actionItem') =>
  ({ tr, state }: CommandProps) => {
    const { $from } = tr.selection;
    const nodeType = state.schema.nodes[type];
    if (!$from.parent.isTextblock || !nodeType) return false;
    const after = $from.after();
    tr.insert(after, nodeType.create({ id: newNodeId() }));
    tr.setSelection(TextSelection.create(tr.doc, after + 1));
    return true;
  };

const afterHeader = (doc: ProseMirrorNode) =>
  doc.firstChild?.type.name === 'meetingHeader' ? doc.firstChild.nodeSize : 0;

/** The nodes people insert from the toolbar, the slash menu and the keyboard, in that order. */
export const INSERTABLE_NODES: readonly InsertableNode[] = [
  {
    name: 'agendaItem',
    shortcut: 'Mod-Alt-a',
    keywords: ['dagordningspunkt', 'punkt', 'dagordning', 'agenda item', 'agenda', 'item'],
    single: false,
    insert: (chain) => chain.insertAgendaItem(),
  },
  {
    name: 'decision',
    shortcut: 'Mod-Alt-b',
    keywords: ['beslut', 'decision'],
    single: false,
    insert: (chain, editor) =>
      editor.can().setDecision() ? chain.setDecision() : chain.command(blockAfterCaret('decision')),
  },
  {
    name: 'actionItem',
    shortcut: 'Mod-Alt-t',
    keywords: ['uppgift', 'åtgärd', 'uppdrag', 'task', 'action', 'todo'],
    single: false,
    insert: (chain, editor) =>
      editor.can().setActionItem() ? chain.setActionItem() : chain.command(blockAfterCaret('actionItem')),
  },
  {
    name: 'attendeeList',
    shortcut: 'Mod-Alt-d',
    keywords: ['deltagarlista', 'deltagare', 'närvarande', 'närvaro', 'attendee list', 'attendees'],
    single: true,
    insert: (chain) => chain.command(gapAt(afterHeader)).insertAttendeeList(),
  },
  {
    name: 'meetingHeader',
    shortcut: 'Mod-Alt-r',
    keywords: ['mötesrubrik', 'rubrik', 'mötesuppgifter', 'meeting header', 'header'],
    single: true,
    insert: (chain) => chain.command(gapAt(() => 0)).insertMeetingHeader(),
  },
  {
    name: 'nextMeeting',
    shortcut: 'Mod-Alt-n',
    keywords: ['nästa möte', 'next meeting'],
    single: true,
    insert: (chain) => chain.command(gapAt((doc) => doc.content.size)).insertNextMeeting(),
  },
];
