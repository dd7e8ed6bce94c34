import { matchLabel } from './matchLabel.js';

export interface TableColumns {
  kind: 'actions' | 'decisions';
  /** The column that holds the task or decision itself. */
  text: number;
  owner: number | null;
  due: number | null;
}

const TASK =
  /^(?:action|actions|action item|action items|åtgärd|åtgärder|task|tasks|uppgift|uppgifter|uppdrag|att göra|to do|todo|what|vad|aktivitet|activity|item|description|beskrivning)$/iu;
const DECISION = /^(?:beslut|decision|decisions|resolution|resolutions|beslutet)$/iu;
const OWNER =
  /^(?:owner|owners|who|vem|ansvarig|ansvariga|ansvar|responsible|assigned to|assignee|assignees|lead|by whom)$/iu;
const DUE =
  /^(?:due|due date|deadline|when|när|klart till|klart|senast|datum|date|by|by when|target|target date|tidsplan)$/iu;

const bare = (cell: string) => cell.replace(/[*_:]/gu, '').trim();

/** Which columns of a table hold tasks (or decisions), owners and due dates, read from its header. */
export function tableColumns(header: readonly string[]): TableColumns | null {
  const cells = header.map(bare);
  const owner = cells.findIndex((cell) => OWNER.test(cell) || matchLabel(`${cell}:`)?.field === 'owner');
  const due = cells.findIndex((cell) => DUE.test(cell) || matchLabel(`${cell}:`)?.field === 'due');
  const task = cells.findIndex((cell) => TASK.test(cell));
  const decision = cells.findIndex((cell) => DECISION.test(cell));
  if (task >= 0 && (owner >= 0 || due >= 0 || decision < 0))
    return { kind: 'actions', text: task, owner: owner >= 0 ? owner : null, due: due >= 0 ? due : null };
  if (decision >= 0) return { kind: 'decisions', text: decision, owner: null, due: null };
  return null;
}
