import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { isMeetingId, NewAccount, NewMeeting, Role } from '@minutes/shared';
import { AccessControl } from './access/AccessControl.js';
import type { AccessStore } from './access/AccessStore.js';
import { hashPassword } from './access/passwords.js';
import { readConfig } from './config.js';
import { runExtract } from './import/extractCommand.js';
import { MinutesImport } from './import/MinutesImport.js';
import { readMinutesFile } from './import/readMinutesFile.js';
import { parseOptions } from './parseOptions.js';
import type { MeetingStore } from './storage/MeetingStore.js';
import { openStores } from './storage/openStores.js';
import type { Stores } from './storage/Stores.js';

const USAGE = `usage: minutes <command>

  meeting create --title TITLE --date YYYY-MM-DD [--series ID]
                                                   create a meeting (in a new series named after it
                                                   unless one is given) and print its id
  meeting list [--json]                            list meetings, newest first
  user add --name NAME --email EMAIL               create an account (the first is the admin); the
                                                   password is read from MINUTES_PASSWORD, or made up and printed
  role set --meeting ID --email EMAIL --role ROLE  give an account a role in a meeting
  token --meeting ID --role ROLE [--hours N]       print a token for scripts: ?token= on /collab,
                                                   Authorization: Bearer on the API
  import FILE                                      create a meeting from a .txt, .md or .docx file; print its id
  extract FILE                                     print what is recognised in a .txt, .md or .docx file, as JSON

The database is the server's: PostgreSQL at DATABASE_URL when it is set, else SQLite in DATA_DIR
(default ./data).`;

class UsageError extends Error {}

let opened: Stores | undefined;

/** The server's stores, opened on first use and closed when the command is done. */
async function stores(): Promise<Stores> {
  opened ??= await openStores(readConfig());
  return opened;
}

async function run(argv: string[]): Promise<void> {
  const [group, command, ...rest] = argv;
  if (group === 'meeting' && command === 'create') {
    const { values } = parseOptions(rest, {
      title: { type: 'string' },
      date: { type: 'string' },
      series: { type: 'string' },
    });
    const parsed = NewMeeting.safeParse({ title: values.title ?? '', date: values.date ?? '' });
    if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => issue.message).join('; '));
    const { access, meetings } = await stores();
    const seriesId = await seriesNamed(access, values.series, parsed.data.title);
    const meeting = await meetings.create({ ...parsed.data, seriesId });
    process.stdout.write(`${meeting.id}\n`);
    return;
  }
  if (group === 'meeting' && command === 'list') {
    const { values } = parseOptions(rest, { json: { type: 'boolean', default: false } });
    const meetings = await (await stores()).meetings.list();
    if (values.json) {
      process.stdout.write(`${JSON.stringify(meetings, null, 2)}\n`);
    } else {
      for (const m of meetings) process.stdout.write(`${m.id}\t${m.date}\t${m.title}\n`);
    }
    return;
  }
  if (group === 'user' && command === 'add') {
    const { values } = parseOptions(rest, { name: { type: 'string' }, email: { type: 'string' } });
    const made = process.env.MINUTES_PASSWORD === undefined;
    const password = process.env.MINUTES_PASSWORD ?? randomBytes(12).toString('base64url');
    const input = NewAccount.safeParse({ name: values.name ?? '', email: values.email ?? '', password });
    if (!input.success) throw new UsageError(input.error.issues.map((issue) => issue.message).join('; '));
    const account = await (await stores()).access.createAccount({
      name: input.data.name,
      email: input.data.email,
      passwordHash: await hashPassword(input.data.password),
    });
    process.stdout.write(
      `${account.id}${account.admin ? '\tadmin' : ''}${made ? `\tpassword: ${password}` : ''}\n`,
    );
    return;
  }
  if (group === 'role' && command === 'set') {
    const { values } = parseOptions(rest, {
      meeting: { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string' },
    });
    const role = Role.safeParse(values.role);
    if (!role.success) throw new UsageError(role.error.issues.map((issue) => issue.message).join('; '));
    const { access, meetings } = await stores();
    const meeting = await meetingNamed(meetings, values.meeting);
    const account = await access.accountByEmail((values.email ?? '').trim().toLowerCase());
    if (!account) throw new UsageError(`no account with e-mail ${JSON.stringify(values.email ?? '')}`);
    await access.setRole('meeting', meeting.id, account.id, role.data);
    return;
  }
  if (group === 'token') {
    const { values } = parseOptions(
      [command ?? '', ...rest].filter((arg) => arg !== ''),
      {
        meeting: { type: 'string' },
        role: { type: 'string' },
        hours: { type: 'string' },
      },
    );
    const role = Role.safeParse(values.role);
    if (!role.success) throw new UsageError(role.error.issues.map((issue) => issue.message).join('; '));
    const hours = values.hours === undefined ? undefined : Number(values.hours);
    if (hours !== undefined && !(Number.isInteger(hours) && hours > 0)) {
      throw new UsageError('--hours must be a whole number of hours');
    }
    const { access, meetings } = await stores();
    const meeting = await meetingNamed(meetings, values.meeting);
    const token = await new AccessControl(access).issueToken(meeting.id, role.data, hours);
    process.stdout.write(`${token}\n`);
    return;
  }
  if (group === 'import') {
    if (!command || rest.length > 0) throw new UsageError('usage: minutes import FILE');
    const source = { ...(await readMinutesFile(command)), fileName: path.basename(command) };
    const { access, meetings, documents } = await stores();
    const imports = new MinutesImport(meetings, documents);
    const prepared = imports.prepare(source);
    const meeting = await imports.create(
      prepared,
      await seriesNamed(access, undefined, prepared.meeting.title),
    );
    process.stdout.write(`${meeting.id}\n`);
    return;
  }
  if (group === 'extract') {
    if (!command || rest.length > 0) throw new UsageError('usage: minutes extract FILE');
    process.stdout.write(await runExtract(command));
    return;
  }
  if (group === undefined || group === 'help' || group === '--help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  throw new UsageError(`unknown command: ${argv.join(' ')}`);
}

/** The series with this id, or, without one, a new series named after the meeting. */
async function seriesNamed(store: AccessStore, id: string | undefined, title: string): Promise<string> {
  if (id === undefined) return (await store.createSeries(title)).id;
  const series = await store.series(id);
  if (!series) throw new UsageError(`no series with id ${JSON.stringify(id)}`);
  return series.id;
}

async function meetingNamed(meetings: MeetingStore, id: string | undefined) {
  const meeting = id && isMeetingId(id) ? await meetings.get(id) : undefined;
  if (!meeting) throw new UsageError(`no meeting with id ${JSON.stringify(id ?? '')}`);
  return meeting;
}

try {
  await run(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`minutes: ${message}\n${error instanceof UsageError ? `\n${USAGE}\n` : ''}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
} finally {
  await opened?.close();
}
