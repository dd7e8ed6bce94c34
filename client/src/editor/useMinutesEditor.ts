import { type Editor, useEditor } from '@tiptap/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollabSession } from '../collab/CollabSession';
import { distinctColor } from '../identity/distinctColor';
import type { Identity } from '../identity/useIdentity';
import { userColors } from '../identity/userColors';
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
    const awareness = session.provider.awareness;
    const show = () => {
      const others = [...awareness.getStates()]
        .filter(([clientId]) => clientId !== awareness.clientID)
        .map(([clientId, state]) => ({
          clientId,
          color: (state.user as { color?: string } | undefined)?.color,
        }));
      const color = distinctColor(user.color, awareness.clientID, others, userColors);
      const shown = (awareness.getLocalState()?.user as { name?: string; color?: string } | undefined) ?? {};
      if (shown.name !== user.name || shown.color !== color)
        editor.commands.updateUser({ name: user.name, color });
    };
    show();
    awareness.on('change', show);
    return () => awareness.off('change', show);
  }, [editor, session, user.name, user.color]);

  useEffect(() => {
    editor.setOptions({ editorProps: { attributes: documentAttributes(label) } });
  }, [editor, label]);

  useEffect(() => {
    editor.setEditable(!readOnly);
  }, [editor, readOnly]);

  return editor;
}
