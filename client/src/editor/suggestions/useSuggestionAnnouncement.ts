import { type Editor, useEditorState } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keyShortcut } from '../keyShortcut';
import { liveSuggestionsKey } from './LiveSuggestions';
import { ACCEPT_SHORTCUT } from './suggestionWidget';

const EXCERPT = 60;

const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1).trimEnd()}…` : text);

/**
 * What to tell screen reader users when a paragraph they wrote gets a suggestion. Only their own:
 * others' paragraphs would be a stream of interruptions.
 */
export function useSuggestionAnnouncement(editor: Editor): string {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const announced = useEditorState({
    editor,
    selector: ({ editor: current }) => liveSuggestionsKey.getState(current.state)?.announced ?? [],
  });

  useEffect(() => {
    const [latest] = announced;
    if (!latest) return;
    const text = excerpt(latest.text.trim());
    const what =
      latest.suggestion.kind === 'decision'
        ? t('suggestions.announceDecision', { text })
        : t('suggestions.announceAction', { text });
    setMessage(`${what} ${t('suggestions.announceHint', { shortcut: keyShortcut(ACCEPT_SHORTCUT).label })}`);
  }, [announced, t]);

  return message;
}
