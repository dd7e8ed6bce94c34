import { Selection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { type FoundNode, findNode } from './findNode';
import { anchorOf, linkedNode } from './linkedNode';

/** How long a node that a link led to stays highlighted. */
const HIGHLIGHT_MS = 4000;
/** Node views render a frame or more after their node; this many frames are waited for at most. */
const RENDER_FRAMES = 60;

// wouter announces its own navigation as pushState and replaceState events.
const LOCATION_EVENTS = ['hashchange', 'popstate', 'pushState', 'replaceState'] as const;

function useLocationHash(): string {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const read = () => setHash(window.location.hash);
    for (const type of LOCATION_EVENTS) window.addEventListener(type, read);
    return () => {
      for (const type of LOCATION_EVENTS) window.removeEventListener(type, read);
    };
  }, []);
  return hash;
}

/** Scrolls to the node's view, puts the caret (or, read-only, focus) in it and highlights it briefly. */
function reveal(editor: Editor, element: HTMLElement, found: FoundNode): void {
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (editor.isEditable) {
    // Without scrolling to the caret, which would end a smooth scroll to the node as it starts.
    editor
      .chain()
      .focus(null, { scrollIntoView: false })
      .command(({ tr }) => {
        tr.setSelection(Selection.near(tr.doc.resolve(found.pos + found.node.nodeSize - 1), -1));
        return true;
      })
      .run();
  } else {
    element.tabIndex = -1;
    element.focus({ preventScroll: true });
  }
  element.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  element.classList.add('node--linked');
  window.setTimeout(() => element.classList.remove('node--linked'), HIGHLIGHT_MS);
}

/**
 * Opening `/meetings/<id>#uppgift-<nodeId>` (or `#beslut-…`) leads to that task or decision once
 * the document has synced: it scrolls there, puts the caret in it and highlights it for a moment.
 * The node may arrive with a later update, so every update looks again until it is there.
 */
export function useLinkedNode(editor: Editor, synced: boolean): void {
  const hash = useLocationHash();

  useEffect(() => {
    const target = linkedNode(hash);
    if (!synced || target === null) return;
    let frame = 0;
    let done = false;

    const find = () =>
      findNode(editor.state.doc, (node) => node.type.name === target.type && node.attrs.id === target.id);

    const whenRendered = (frames: number) => {
      frame = requestAnimationFrame(() => {
        const found = find();
        const element = document.getElementById(anchorOf(target.type, target.id));
        if (found && element) reveal(editor, element, found);
        else if (frames > 0) whenRendered(frames - 1);
      });
    };

    const look = () => {
      if (done || !find()) return;
      done = true;
      editor.off('update', look);
      whenRendered(RENDER_FRAMES);
    };

    editor.on('update', look);
    look();
    return () => {
      editor.off('update', look);
      cancelAnimationFrame(frame);
    };
  }, [editor, synced, hash]);
}
