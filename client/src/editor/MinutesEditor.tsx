import { DOCUMENT_FIELD, editorExtensions } from '@minutes/shared';
import type { Extensions } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollabSession } from '../collab/CollabSession';
import type { Identity } from '../identity/useIdentity';
import { caretDecorations } from './caretDecorations';
import { EditorToolbar } from './EditorToolbar';

interface MinutesEditorProps {
  session: CollabSession;
  user: Identity;
}

// tsc resolves @tiptap/core inside shared's NodeNext declarations to the CommonJS typings (a Bundler
// project referencing a NodeNext one), so the same Extensions type arrives twice; it is one module at runtime.
const documentShape = () => editorExtensions() as unknown as Extensions;

function documentAttributes(label: string): Record<string, string> {
  return { 'aria-label': label, role: 'textbox', 'aria-multiline': 'true', class: 'document__body' };
}

export function MinutesEditor({ session, user }: MinutesEditorProps) {
  const { t } = useTranslation();
  const label = t('editor.label');

  const editor = useEditor(
    {
      extensions: [
        ...documentShape(),
        Collaboration.configure({ document: session.doc, field: DOCUMENT_FIELD }),
        CollaborationCaret.configure({
          provider: session.provider,
          user: { name: user.name, color: user.color },
          render: caretDecorations.render,
          selectionRender: caretDecorations.selectionRender,
        }),
      ],
      editorProps: { attributes: documentAttributes(label) },
    },
    [session],
  );

  useEffect(() => {
    editor.commands.updateUser({ name: user.name, color: user.color });
  }, [editor, user.name, user.color]);

  useEffect(() => {
    editor.setOptions({ editorProps: { attributes: documentAttributes(label) } });
  }, [editor, label]);

  return (
    <div className="editor">
      <EditorToolbar editor={editor} />
      <div className="document" data-testid="editor">
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}
