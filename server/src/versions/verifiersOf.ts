import type { Account, Meeting } from '@minutes/shared';
import type { AccessStore } from '../access/AccessStore.js';

/** The meeting's verifiers: members with the role verifier, where the meeting's own role wins over the series'. */
export async function verifiersOf(
  access: AccessStore,
  meeting: Meeting,
): Promise<Array<Pick<Account, 'id' | 'name'>>> {
  const own = await access.members('meeting', meeting.id);
  const fromSeries = meeting.seriesId ? await access.members('series', meeting.seriesId) : [];
  const seen = new Set(own.map((member) => member.account.id));
  return [...own, ...fromSeries.filter((member) => !seen.has(member.account.id))]
    .filter((member) => member.role === 'verifier')
    .map(({ account }) => ({ id: account.id, name: account.name }));
}
