import { type Editor, EditorContent } from '@tiptap/react';
import { EditorToolbar } from './EditorToolbar';
import { useSuggestionAnnouncement } from './suggestions/useSuggestionAnnouncement';

export function MinutesEditor({ editor }: { editor: Editor }) {
  const announcement = useSuggestionAnnouncement(editor);
  return (
    <div className="editor">
      <EditorToolbar editor={editor} />
      <div className="document" data-testid="editor">
        <EditorContent editor={editor} />
      </div>
      <div className="visually-hidden" aria-live="polite" data-testid="suggestion-announcement">
        {announcement}
      </div>
    </div>
  );
}
