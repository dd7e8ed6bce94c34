import * as Y from 'yjs';

/**
 * Elements of a document that no client may change any more: decisions verified at once
 * (omedelbar justering). A client's update that changes one is still applied, so that every copy
 * stays the same CRDT, and then undone by the server at once, for everyone.
 */
export class ProtectedNodes {
  private readonly ids = new Set<string>();
  private undoManager: Y.UndoManager | null = null;

  constructor(private readonly fragment: Y.XmlFragment) {}

  get size(): number {
    return this.ids.size;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  add(id: string): void {
    this.ids.add(id);
    this.undoManager ??= new Y.UndoManager(this.fragment, { captureTimeout: 0, trackedOrigins: new Set() });
  }

  /** The element with this id, wherever it is in the document. */
  find(id: string): Y.XmlElement | undefined {
    return findElement(this.fragment, id);
  }

  /** Applies a client's update; returns true when it touched a protected element and was undone. */
  apply(update: Uint8Array, origin: unknown): boolean {
    const undoManager = this.undoManager;
    if (!undoManager) {
      Y.applyUpdate(this.fragment.doc as Y.Doc, update, origin);
      return false;
    }
    const before = this.snapshot();
    undoManager.clear();
    undoManager.addTrackedOrigin(origin);
    try {
      Y.applyUpdate(this.fragment.doc as Y.Doc, update, origin);
    } finally {
      undoManager.removeTrackedOrigin(origin);
    }
    const changed = this.snapshot() !== before;
    if (changed) undoManager.undo();
    undoManager.clear();
    return changed;
  }

  destroy(): void {
    this.undoManager?.destroy();
    this.undoManager = null;
  }

  private snapshot(): string {
    return [...this.ids].map((id) => this.find(id)?.toString() ?? '').join('\u0000');
  }
}

function findElement(parent: Y.XmlFragment | Y.XmlElement, id: string): Y.XmlElement | undefined {
  for (const child of parent.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (child.getAttribute('id') === id) return child;
    const found = findElement(child, id);
    if (found) return found;
  }
  return undefined;
}
