import path from 'node:path';
import { parseArgs } from 'node:util';
import { NewMeeting } from '@minutes/shared';
import { readConfig } from './config.js';
import { runExtract } from './import/extractCommand.js';
import { MinutesImport } from './import/MinutesImport.js';
import { readMinutesFile } from './import/readMinutesFile.js';
import { openDatabase } from './storage/openDatabase.js';
import { SqliteDocumentStore } from './storage/SqliteDocumentStore.js';
import { SqliteMeetingStore } from './storage/SqliteMeetingStore.js';

const USAGE = `usage: minutes <command>

  meeting create --title TITLE --date YYYY-MM-DD   create a meeting and print its id
  meeting list [--json]                            list meetings, newest first
  import FILE                                      create a meeting from a .txt, .md or .docx file; print its id
  extract FILE                                     print what is recognised in a .txt, .md or .docx file, as JSON

The data directory is DATA_DIR (default ./data), as for the server.`;

class UsageError extends Error {}

async function run(argv: string[]): Promise<void> {
  const [group, command, ...rest] = argv;
  if (group === 'meeting' && command === 'create') {
    const { values } = parseArgs({
      args: rest,
      options: { title: { type: 'string' }, date: { type: 'string' } },
    });
    const parsed = NewMeeting.safeParse({ title: values.title ?? '', date: values.date ?? '' });
    if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => issue.message).join('; '));
    const meeting = await new SqliteMeetingStore(openDatabase(readConfig().dataDir)).create(parsed.data);
    process.stdout.write(`${meeting.id}\n`);
    return;
  }
  if (group === 'meeting' && command === 'list') {
    const { values } = parseArgs({ args: rest, options: { json: { type: 'boolean', default: false } } });
    const meetings = await new SqliteMeetingStore(openDatabase(readConfig().dataDir)).list();
    if (values.json) {
      process.stdout.write(`${JSON.stringify(meetings, null, 2)}\n`);
    } else {
      for (const m of meetings) process.stdout.write(`${m.id}\t${m.date}\t${m.title}\n`);
    }
    return;
  }
  if (group === 'import') {
    if (!command || rest.length > 0) throw new UsageError('usage: minutes import FILE');
    const source = { ...(await readMinutesFile(command)), fileName: path.basename(command) };
    const db = openDatabase(readConfig().dataDir);
    const imports = new MinutesImport(new SqliteMeetingStore(db), new SqliteDocumentStore(db));
    const meeting = await imports.create(imports.prepare(source));
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

try {
  await run(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`minutes: ${message}\n${error instanceof UsageError ? `\n${USAGE}\n` : ''}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
