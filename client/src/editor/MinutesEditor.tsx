import { type Editor, EditorContent } from '@tiptap/react';
import { EditorToolbar } from './EditorToolbar';
import { LinkHint } from './LinkHint';
import { useSuggestionAnnouncement } from './suggestions/useSuggestionAnnouncement';
import { useVerificationAnnouncement } from './useVerificationAnnouncement';

export function MinutesEditor({ editor }: { editor: Editor }) {
  const announcement = useSuggestionAnnouncement(editor);
  const verification = useVerificationAnnouncement(editor);
  return (
    <div className="editor">
      <div className="editor__bar">
        <EditorToolbar editor={editor} />
        <LinkHint editor={editor} />
      </div>
      <div className="document" data-testid="editor">
        <EditorContent editor={editor} />
      </div>
      <div className="visually-hidden" aria-live="polite" data-testid="suggestion-announcement">
        {announcement}
      </div>
      <div className="visually-hidden" aria-live="polite" data-testid="verification-announcement">
        {verification}
      </div>
    </div>
  );
}
