import { ExtractError } from './ExtractError.js';
import { runExtract } from './extractCommand.js';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: extractMain FILE\n');
  process.exitCode = 2;
} else {
  try {
    process.stdout.write(await runExtract(file));
  } catch (error) {
    const message = error instanceof ExtractError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`minutes extract: ${message}\n`);
    process.exitCode = 1;
  }
}
