const normalise = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
const firstName = (name: string) => normalise(name).split(' ')[0] ?? '';

/**
 * Whether a task's assignee, as written, is the account with this name. Minutes name people in
 * full ("Lina Svensson") or by first name only ("Lina tar fram …"). So an assignee is the account
 * when it is the account's full name (ignoring case and spacing), or when it is just the account's
 * first name and the meeting's attendee list names nobody else with that first name: at least one
 * attendee must have it, and every attendee who has it must be the account (full name) or be
 * listed by that first name alone. With no such attendee a first name could be anyone, so it
 * does not count.
 */
export function isAssignee(accountName: string, assignee: string, attendees: readonly string[]): boolean {
  const account = normalise(accountName);
  const written = normalise(assignee);
  if (written === '' || account === '') return false;
  if (written === account) return true;
  const first = firstName(account);
  if (written !== first || written.includes(' ')) return false;
  const namesakes = [...new Set(attendees.map(normalise))].filter((name) => firstName(name) === first);
  return namesakes.length > 0 && namesakes.every((name) => name === account || name === first);
}
