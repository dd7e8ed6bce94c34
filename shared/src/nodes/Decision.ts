import { mergeAttributes, Node, textblockTypeInputRule } from '@tiptap/core';
import { listAttribute, newNodeId, nodeIdAttribute } from './nodeId.js';
import { updateNodeById } from './updateNodeById.js';

export interface DecisionAttributes {
  id: string | null;
  /** Names of those who entered a reservation (reservation, protokollsanteckning). */
  reservations: string[];
  /** Set by the server when the decision was verified at once (omedelbar justering): by whom, when. */
  verifiedBy: string | null;
  verifiedAt: string | null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    decision: {
      /** Turns the current paragraph into a decision. */
      setDecision: () => ReturnType;
      setDecisionReservations: (id: string, names: string[]) => ReturnType;
    };
  }
}

/** "Beslut:" or "Decision:" typed at the start of a paragraph makes it a decision. */
const DECISION_PREFIX = /^(?:Beslut|Decision)\s?:\s$/i;

/** What was decided, in the agenda item it belongs to. */
// Pure: a bundle that does not use the node leaves Tiptap out.
export const Decision = /* @__PURE__ */ Node.create({
  name: 'decision',
  group: 'block',
  content: 'inline*',
  defining: true,

  addAttributes() {
    return {
      id: nodeIdAttribute,
      reservations: listAttribute('reservations'),
      verifiedBy: { default: null, rendered: false },
      verifiedAt: { default: null, rendered: false },
    };
  },

  parseHTML() {
    return [{ tag: 'p[data-type="decision"]', priority: 60 }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['p', mergeAttributes(HTMLAttributes, { 'data-type': 'decision' }), 0];
  },

  addCommands() {
    return {
      setDecision:
        () =>
        ({ commands }) =>
          commands.setNode(this.name, { id: newNodeId() }),
      setDecisionReservations:
        (id, names) =>
        ({ tr }) =>
          updateNodeById(tr, this.name, id, () => ({ reservations: names })),
    };
  },

  addInputRules() {
    return [
      textblockTypeInputRule({
        find: DECISION_PREFIX,
        type: this.type,
        getAttributes: () => ({ id: newNodeId() }),
      }),
    ];
  },

  addKeyboardShortcuts() {
    return { 'Mod-Alt-b': () => this.editor.commands.setDecision() };
  },
});
