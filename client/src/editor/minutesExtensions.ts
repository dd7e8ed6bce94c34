import { DOCUMENT_FIELD, editorExtensions, NODES_WITH_ID, newNodeId } from '@minutes/shared';
import type { AnyExtension, Extensions } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { UniqueID } from '@tiptap/extension-unique-id';
import type { CollabSession } from '../collab/CollabSession';
import type { Identity } from '../identity/useIdentity';
import { caretDecorations } from './caretDecorations';
import { EnterNodeFields } from './EnterNodeFields';
import { FollowLink } from './FollowLink';
import { nodeViewExtensions } from './nodeViewExtensions';
import { ReadOnlyGuard } from './ReadOnlyGuard';
import { SlashMenu } from './SlashMenu';
import { LiveSuggestions } from './suggestions/LiveSuggestions';
import { VerifiedDecisionGuard } from './VerifiedDecisionGuard';

/**
 * StarterKit's Link opens a link on any click, even where the click should put the caret in its
 * text; FollowLink follows links instead. Options only: the schema stays shared/'s.
 */
function behaviourOf(extension: AnyExtension): AnyExtension {
  return extension.name === 'starterKit' ? extension.configure({ link: { openOnClick: false } }) : extension;
}

/** The extensions of the minutes editor: the shared schema with this client's behaviour on top. */
export function minutesExtensions(session: CollabSession, user: Identity, meetingDate: string): Extensions {
  const withViews = new Map(
    nodeViewExtensions({ awareness: session.provider.awareness }).map((node) => [node.name, node]),
  );
  // tsc resolves @tiptap/core inside shared's NodeNext declarations to the CommonJS typings, so the
  // same Extensions type arrives twice; it is one module at runtime.
  const shape = (editorExtensions() as unknown as Extensions).map(
    (extension) => withViews.get(extension.name) ?? behaviourOf(extension),
  );
  return [
    ...shape,
    Collaboration.configure({ document: session.doc, field: DOCUMENT_FIELD }),
    CollaborationCaret.configure({
      provider: session.provider,
      user: { name: user.name, color: user.color },
      render: caretDecorations.render,
      selectionRender: caretDecorations.selectionRender,
    }),
    // Pasted or duplicated nodes get a new id; it skips changes that come in through Yjs.
    UniqueID.configure({ types: [...NODES_WITH_ID], attributeName: 'id', generateID: () => newNodeId() }),
    SlashMenu,
    EnterNodeFields,
    FollowLink,
    ReadOnlyGuard,
    VerifiedDecisionGuard,
    LiveSuggestions.configure({ doc: session.doc, meetingDate }),
  ];
}
