import { describe, expect, it } from 'vitest';
import { keyShortcut } from './keyShortcut';

describe('keyShortcut (not on a Mac)', () => {
  const cases = [
    { binding: 'Mod-Alt-a', aria: 'Control+Alt+A', label: 'Ctrl+Alt+A' },
    { binding: 'Mod-b', aria: 'Control+B', label: 'Ctrl+B' },
    { binding: 'Mod-Shift-8', aria: 'Control+Shift+8', label: 'Ctrl+Shift+8' },
    { binding: 'Mod-Alt-Enter', aria: 'Control+Alt+Enter', label: 'Ctrl+Alt+Enter' },
  ];
  for (const { binding, aria, label } of cases) {
    it(`writes ${binding} as ${aria} and ${label}`, () => {
      expect(keyShortcut(binding)).toEqual({ aria, label });
    });
  }
});
