import type { InsertableNode } from './insertableNodes';
import type { KeyShortcut } from './keyShortcut';

export interface SlashMenuTexts {
  label: string;
  empty: string;
  labelOf: (node: InsertableNode) => string;
  shortcutOf: (node: InsertableNode) => KeyShortcut;
}

let popups = 0;

/**
 * The slash menu's listbox. Focus stays in the editor, which points at the active option with
 * `aria-activedescendant` (the WAI-ARIA pattern for a list of suggestions while typing); arrow keys
 * move, Enter or a click chooses.
 */
export class SlashMenuPopup {
  readonly element: HTMLUListElement;
  readonly #id = `slash-menu-${++popups}`;
  readonly #editorDom: HTMLElement;
  readonly #texts: SlashMenuTexts;
  #items: InsertableNode[] = [];
  #active = 0;
  #choose: (node: InsertableNode) => void;

  constructor(editorDom: HTMLElement, texts: SlashMenuTexts, choose: (node: InsertableNode) => void) {
    this.#editorDom = editorDom;
    this.#texts = texts;
    this.#choose = choose;
    this.element = document.createElement('ul');
    this.element.id = this.#id;
    this.element.className = 'slash-menu';
    this.element.setAttribute('role', 'listbox');
    this.element.setAttribute('aria-label', texts.label);
    this.element.dataset.testid = 'slash-menu';
    // Keeps focus (and the selection) in the editor when an option is clicked.
    this.element.addEventListener('mousedown', (event) => event.preventDefault());
    editorDom.setAttribute('aria-controls', this.#id);
    editorDom.setAttribute('aria-autocomplete', 'list');
  }

  update(items: InsertableNode[], choose: (node: InsertableNode) => void): void {
    const previous = this.#items[this.#active]?.name;
    this.#items = items;
    this.#choose = choose;
    this.#active = Math.max(
      0,
      items.findIndex((item) => item.name === previous),
    );
    this.#render();
  }

  /** Handles a key while the menu is open; returns whether it was the menu's. */
  onKeyDown(event: KeyboardEvent): boolean {
    const count = this.#items.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return true;
      this.#active = (this.#active + (event.key === 'ArrowDown' ? 1 : -1) + count) % count;
      this.#render();
      return true;
    }
    if (event.key === 'Enter' || event.key === 'Tab') {
      const item = this.#items[this.#active];
      if (!item) return false;
      this.#choose(item);
      return true;
    }
    return false;
  }

  destroy(): void {
    this.#editorDom.removeAttribute('aria-controls');
    this.#editorDom.removeAttribute('aria-autocomplete');
    this.#editorDom.removeAttribute('aria-activedescendant');
    this.element.remove();
  }

  #render(): void {
    const options = this.#items.map((item, index) => {
      const option = document.createElement('li');
      option.id = `${this.#id}-${item.name}`;
      option.className = 'slash-menu__option';
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', String(index === this.#active));
      option.dataset.node = item.name;
      const label = document.createElement('span');
      label.className = 'slash-menu__label';
      label.textContent = this.#texts.labelOf(item);
      const shortcut = document.createElement('span');
      shortcut.className = 'slash-menu__shortcut';
      shortcut.setAttribute('aria-hidden', 'true');
      shortcut.textContent = this.#texts.shortcutOf(item).label;
      option.append(label, shortcut);
      option.addEventListener('click', () => this.#choose(item));
      return option;
    });
    if (options.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'slash-menu__empty';
      empty.setAttribute('role', 'presentation');
      empty.textContent = this.#texts.empty;
      options.push(empty);
    }
    this.element.replaceChildren(...options);
    const active = this.#items[this.#active];
    if (active) {
      this.#editorDom.setAttribute('aria-activedescendant', `${this.#id}-${active.name}`);
      options[this.#active]?.scrollIntoView({ block: 'nearest' });
    } else {
      this.#editorDom.removeAttribute('aria-activedescendant');
    }
  }
}
