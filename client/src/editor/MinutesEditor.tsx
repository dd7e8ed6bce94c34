import { type Editor, EditorContent } from '@tiptap/react';
import { EditorToolbar } from './EditorToolbar';

export function MinutesEditor({ editor }: { editor: Editor }) {
  return (
    <div className="editor">
      <EditorToolbar editor={editor} />
      <div className="document" data-testid="editor">
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}
