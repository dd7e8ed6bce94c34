import { type ParseArgsConfig, parseArgs } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: T }>>;

/**
 * `parseArgs`, except that the value after a string option is always its value, even when it
 * begins with a dash: meeting ids may (`--meeting -ZLFH3d0w4T5PWe43Tf4-Q`), and parseArgs alone
 * refuses that as ambiguous.
 */
export function parseOptions<T extends Options>(args: string[], options: T): Parsed<T> {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    const next = args[i + 1];
    if (name !== undefined && options[name]?.type === 'string' && next !== undefined) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  return parseArgs({ args: joined, options });
}
