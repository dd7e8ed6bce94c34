const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export interface KeyShortcut {
  /** For `aria-keyshortcuts`, e.g. "Control+Alt+A". */
  aria: string;
  /** For people, e.g. "Ctrl+Alt+A" or "⌘⌥A". */
  label: string;
}

const ARIA: Record<string, string> = { Mod: MAC ? 'Meta' : 'Control', Alt: 'Alt', Shift: 'Shift' };
const LABEL: Record<string, string> = MAC
  ? { Mod: '⌘', Alt: '⌥', Shift: '⇧' }
  : { Mod: 'Ctrl+', Alt: 'Alt+', Shift: 'Shift+' };

/** A Tiptap key binding such as "Mod-Alt-a", written for assistive technology and for people. */
export function keyShortcut(binding: string): KeyShortcut {
  const parts = binding.split('-');
  const last = parts.pop() ?? '';
  // A letter is written as on the key cap; a named key ("Enter") as it is.
  const key = last.length === 1 ? last.toUpperCase() : last;
  return {
    aria: [...parts.map((part) => ARIA[part] ?? part), key].join('+'),
    label: parts.map((part) => LABEL[part] ?? `${part}+`).join('') + key,
  };
}
