/**
 * What the import and migration commands share: options under a Vietnamese and an English name,
 * a deliberate stop with its exit code, and a last line of defence that prints a message (never a
 * stack trace) in both languages.
 */
import { parseArgs } from 'node:util';

/** A deliberate stop: the message is printed as it is and the command exits with `code`. */
export class Stop extends Error {
  readonly code: number;
  constructor(code: number, message: string) {
    super(message);
    this.code = code;
  }
}

/** One option, by its Vietnamese and English names (`--chay-thu` or `--dry-run`). */
export interface BilingualFlag {
  vi: string;
  en: string;
  /** A switch with no value; otherwise the option takes a string. */
  boolean?: true;
}

/** Parse `argv` where every flag may be given by either name; a bad option stops with the usage. */
export function readBilingualOptions<K extends string>(argv: string[], flags: Record<K, BilingualFlag>, usage: string) {
  const options: Record<string, { type: 'string' | 'boolean' }> = {};
  for (const flag of Object.values<BilingualFlag>(flags)) {
    options[flag.vi] = options[flag.en] = { type: flag.boolean ? 'boolean' : 'string' };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new Stop(2, `Tùy chọn không hợp lệ / Invalid option: ${(error as Error).message}\n\n${usage}`);
  }
  const { values, positionals } = parsed;
  const value = (key: K) => {
    const flag: BilingualFlag = flags[key];
    return values[flag.vi] ?? values[flag.en];
  };
  return { value, positionals };
}

/**
 * Run a command's main and set the exit code. A `Stop`, or an error `isExplained` accepts (one
 * whose message was written for the reader), prints its message; anything else is named
 * unexpected, in both languages, with whom to tell.
 */
export async function runCommand(
  main: (argv: string[]) => Promise<number>,
  isExplained: (error: unknown) => boolean = () => false,
): Promise<void> {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    if (error instanceof Stop) {
      console.error(error.message);
      process.exitCode = error.code;
    } else if (isExplained(error)) {
      console.error((error as Error).message);
      process.exitCode = 2;
    } else {
      console.error(
        `Lỗi không mong đợi / Unexpected error: ${(error as Error).message ?? String(error)}\nHãy gửi thông báo này cho người quản trị kỹ thuật. / Please send this message to the site's technical contact.`,
      );
      process.exitCode = 2;
    }
  }
}
