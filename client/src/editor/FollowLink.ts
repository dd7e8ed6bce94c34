import { Extension } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { navigate } from 'wouter/use-browser-location';
import { linkTarget } from './linkTarget';

/** The shortcut that follows the link at the caret. */
export const FOLLOW_LINK_SHORTCUT = 'Mod-Enter';

/** The href of the link the caret is in or just after; null outside links or with a selection. */
export function linkAtCaret(state: EditorState): string | null {
  const { selection } = state;
  if (!selection.empty) return null;
  const { $from } = selection;
  for (const node of [$from.nodeAfter, $from.nodeBefore]) {
    const link = node?.marks.find((mark) => mark.type.name === 'link');
    if (link && typeof link.attrs.href === 'string') return link.attrs.href;
  }
  return null;
}

/** Follows a link of the minutes: inside the app without reloading it, elsewhere in a new tab. */
export function followLink(href: string): void {
  const target = linkTarget(href, window.location.href);
  if (target?.kind === 'app') navigate(target.path);
  else if (target?.kind === 'external') window.open(target.url, '_blank', 'noopener,noreferrer');
}

/**
 * Following links in the minutes. In an editable editor a click puts the caret in the link, so
 * that its text can be edited (StarterKit's Link is configured not to open on click, see
 * minutesExtensions.ts); Ctrl+click (Cmd+click on a Mac) follows it, and from the keyboard
 * Ctrl+Enter (Cmd+Enter) with the caret in the link, which elsewhere still makes a line break.
 * In a read-only editor a plain click follows the link. The link hint in the toolbar says so.
 */
export const FollowLink = Extension.create({
  name: 'followLink',
  // Before HardBreak's Mod-Enter.
  priority: 1000,

  addKeyboardShortcuts() {
    return {
      [FOLLOW_LINK_SHORTCUT]: () => {
        const href = linkAtCaret(this.editor.state);
        if (href === null) return false;
        followLink(href);
        return true;
      },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('followLink'),
        props: {
          handleDOMEvents: {
            click: (view, event) => {
              if (event.button !== 0 || !(event.target instanceof Element)) return false;
              const anchor = event.target.closest('a[href]');
              if (!(anchor instanceof HTMLAnchorElement) || !view.dom.contains(anchor)) return false;
              // The browser would otherwise open the link itself in a read-only editor.
              event.preventDefault();
              const href = anchor.getAttribute('href');
              const follow =
                href !== null && href !== '' && (!view.editable || event.ctrlKey || event.metaKey);
              if (follow) followLink(href);
              return follow;
            },
          },
        },
      }),
    ];
  },
});
