import type { ChainedCommands, Editor } from '@tiptap/core';
import { findNode } from './findNode';
import type { InsertableNode } from './insertableNodes';
import { focusWhenRendered } from './nodeViews/focusWhenRendered';

const FIELD = 'input, select, textarea, button';

/** Moves focus to the first form control of the node with this id, once its view is on screen. */
export function focusNodeFields(editor: Editor, id: string): void {
  focusWhenRendered(() => {
    const found = findNode(editor.state.doc, (node) => node.attrs.id === id);
    const dom = found ? editor.view.nodeDOM(found.pos) : null;
    return dom instanceof HTMLElement ? dom.querySelector<HTMLElement>(FIELD) : null;
  });
}

/**
 * Inserts `node` at the caret (or where it belongs), or for a node the document has only one of,
 * goes to the one there is. Header, attendee list and next meeting are forms: focus moves into them.
 */
export function insertNode(editor: Editor, node: InsertableNode, chain?: ChainedCommands): boolean {
  const existing = node.single
    ? findNode(editor.state.doc, (candidate) => candidate.type.name === node.name)
    : null;
  // Going to an existing node only runs a given chain (the slash menu's, which removes what was typed).
  const ran = existing ? (chain?.run() ?? true) : node.insert(chain ?? editor.chain().focus(), editor).run();
  if (!ran || !node.single) return ran;
  const inserted = existing ?? findNode(editor.state.doc, (candidate) => candidate.type.name === node.name);
  const id = inserted?.node.attrs.id;
  if (typeof id === 'string') focusNodeFields(editor, id);
  return ran;
}
