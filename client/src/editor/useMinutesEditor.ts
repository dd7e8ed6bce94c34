import { type Editor, useEditor } from '@tiptap/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollabSession } from '../collab/CollabSession';
import type { Identity } from '../identity/useIdentity';
import { minutesExtensions } from './minutesExtensions';

function documentAttributes(label: string): Record<string, string> {
  return { 'aria-label': label, role: 'textbox', 'aria-multiline': 'true', class: 'document__body' };
}

/** The editor of one meeting's shared document, read-only while `readOnly` is set. */
export function useMinutesEditor(
  session: CollabSession,
  user: Identity,
  meetingDate: string,
  readOnly: boolean,
): Editor {
  const { t } = useTranslation();
  const label = t('editor.label');

  const editor = useEditor(
    {
      extensions: minutesExtensions(session, user, meetingDate),
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

  useEffect(() => {
    editor.setEditable(!readOnly);
  }, [editor, readOnly]);

  return editor;
}
