import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INSERTABLE_NODES } from './insertableNodes';
import { insertNode } from './insertNode';
import { keyShortcut } from './keyShortcut';

type ToolId = 'bold' | 'italic' | 'heading' | 'bulletList' | 'orderedList';

interface Tool {
  id: ToolId;
  /** Tiptap key binding. */
  shortcut: string;
  isActive: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

// Core commands by node and mark name: the typed shortcuts (toggleBold…) are declared by StarterKit,
// which only shared/ depends on.
const TOOLS: Tool[] = [
  {
    id: 'bold',
    shortcut: 'Mod-b',
    isActive: (editor) => editor.isActive('bold'),
    run: (editor) => editor.chain().focus().toggleMark('bold').run(),
  },
  {
    id: 'italic',
    shortcut: 'Mod-i',
    isActive: (editor) => editor.isActive('italic'),
    run: (editor) => editor.chain().focus().toggleMark('italic').run(),
  },
  {
    id: 'heading',
    shortcut: 'Mod-Alt-2',
    isActive: (editor) => editor.isActive('heading', { level: 2 }),
    run: (editor) => editor.chain().focus().toggleNode('heading', 'paragraph', { level: 2 }).run(),
  },
  {
    id: 'bulletList',
    shortcut: 'Mod-Shift-8',
    isActive: (editor) => editor.isActive('bulletList'),
    run: (editor) => editor.chain().focus().toggleList('bulletList', 'listItem').run(),
  },
  {
    id: 'orderedList',
    shortcut: 'Mod-Shift-7',
    isActive: (editor) => editor.isActive('orderedList'),
    run: (editor) => editor.chain().focus().toggleList('orderedList', 'listItem').run(),
  },
];

// Arrow keys move between the buttons, as in the WAI-ARIA toolbar pattern; Tab still reaches each one.
function moveFocus(event: KeyboardEvent<HTMLDivElement>): void {
  const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
  if (step === 0) return;
  const buttons = Array.from(event.currentTarget.querySelectorAll('button'));
  const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (current === -1) return;
  event.preventDefault();
  buttons[(current + step + buttons.length) % buttons.length]?.focus();
}

export function EditorToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const { active, editable } = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      active: TOOLS.map((tool) => tool.isActive(current)),
      editable: current.isEditable,
    }),
  });

  return (
    <div className="toolbar" role="toolbar" aria-label={t('editor.toolbar')} onKeyDown={moveFocus}>
      <fieldset className="toolbar__group" disabled={!editable}>
        <legend className="visually-hidden">{t('editor.formatting')}</legend>
        {TOOLS.map((tool, index) => {
          const shortcut = keyShortcut(tool.shortcut);
          const label = t(`editor.${tool.id}`);
          return (
            <button
              key={tool.id}
              type="button"
              className={`toolbar__button toolbar__button--${tool.id}`}
              aria-label={label}
              aria-pressed={active[index] ?? false}
              aria-keyshortcuts={shortcut.aria}
              title={t('editor.withShortcut', { label, shortcut: shortcut.label })}
              // Keeps focus (and the selection) in the editor when the button is clicked or tapped.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => tool.run(editor)}
            >
              <span className="toolbar__glyph" />
            </button>
          );
        })}
      </fieldset>
      <fieldset className="toolbar__group" disabled={!editable}>
        <legend className="visually-hidden">{t('editor.insert')}</legend>
        {INSERTABLE_NODES.map((node) => {
          const shortcut = keyShortcut(node.shortcut);
          const label = t(`nodes.${node.name}`);
          return (
            <button
              key={node.name}
              type="button"
              className={`toolbar__button toolbar__button--text toolbar__button--${node.name}`}
              aria-keyshortcuts={shortcut.aria}
              title={t('editor.withShortcut', { label, shortcut: shortcut.label })}
              data-testid={`insert-${node.name}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => insertNode(editor, node)}
            >
              {label}
            </button>
          );
        })}
      </fieldset>
    </div>
  );
}
