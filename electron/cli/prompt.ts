// Secret input for the command line. On a terminal: a hidden prompt (nothing echoed). Otherwise
// (pipes, automation, tests): one line of stdin per prompt, so `printf 'pw\npw\n' | vault init …` works.
import { createInterface } from 'node:readline';

let lines: AsyncIterator<string> | null = null;

async function nextStdinLine(): Promise<string | null> {
  lines ??= createInterface({ input: process.stdin, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const r = await lines.next();
  return r.done ? null : r.value;
}

function hiddenTtyLine(): Promise<string | null> {
  return new Promise((resolve) => {
    const stdin = process.stdin;
    let value = '';
    const done = (v: string | null) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      resolve(v);
    };
    const onData = (buf: Buffer) => {
      for (const ch of buf.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return done(value);
        if (ch === '\u0003' || ch === '\u0004') return done(null); // Ctrl-C / Ctrl-D
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}

/** Asks for a secret; the prompt goes to stderr so stdout stays clean for scripts. */
export async function askSecret(prompt: string): Promise<string | null> {
  process.stderr.write(prompt);
  if (process.stdin.isTTY) return hiddenTtyLine();
  const line = await nextStdinLine();
  if (line !== null) process.stderr.write('\n');
  return line;
}

/** Releases stdin so the process can exit when input is still open. */
export function closePrompts(): void {
  process.stdin.destroy();
}
