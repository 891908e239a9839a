// Running the project's scripts as staff do, in processes of their own.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
export const minimalData = join(root, 'tests/fixtures/minimal');
export const emptyContent = join(root, 'tests/fixtures/empty-content');

/** The environment of a script run from a shell: none of Vitest's own variables. */
export function shellEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('VITEST') && !['NODE_ENV', 'MODE', 'BASE_URL', 'DEV', 'PROD', 'SSR', 'NTM_TEST_PAUSE_AT'].includes(k)) env[k] = v;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runScript(script: string, args: string[], env: Record<string, string | undefined> = {}, cwd = root): Run {
  const r = spawnSync(process.execPath, [join(cwd, script), ...args], { cwd, encoding: 'utf8', env: shellEnv(env), maxBuffer: 1 << 30 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Path → sha256 of every file under dir. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

export interface Started {
  child: ChildProcess;
  /** Everything printed so far, both streams. */
  output: () => string;
  /** Resolves with the output once it matches, rejects if the process exits first or after timeoutMs. */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts a script in a process group of its own (so a test can see what it leaves running). */
export function startScript(command: string, args: string[], env: Record<string, string | undefined> = {}, cwd = root): Started {
  const child = spawn(command, args, { cwd, env: shellEnv(env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const listeners = new Set<() => void>();
  const onData = (d: Buffer) => {
    text += d.toString('utf8');
    for (const l of listeners) l();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.once('close', (code, signal) => done({ code, signal })));
  const waitFor = (pattern: RegExp, timeoutMs = 120_000) =>
    new Promise<string>((ok, fail) => {
      const check = () => {
        if (pattern.test(text)) {
          cleanup();
          ok(text);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        fail(new Error(`timed out waiting for ${pattern}; output:\n${text}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      void exited.then(() => {
        if (!listeners.has(check)) return;
        cleanup();
        if (pattern.test(text)) ok(text);
        else fail(new Error(`exited before ${pattern}; output:\n${text}`));
      });
      check();
    });
  return { child, output: () => text, waitFor, exited };
}

/** Linux: the processes (pid, state, name) in a process group, from /proc. */
export function processGroup(pgid: number): { pid: number; state: string; name: string }[] | undefined {
  let names: string[];
  try {
    names = readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    return undefined;
  }
  const members: { pid: number; state: string; name: string }[] = [];
  for (const n of names) {
    try {
      const stat = readFileSync(`/proc/${n}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) members.push({ pid: Number(n), state: fields[0]!, name });
    } catch {
      // gone meanwhile
    }
  }
  return members;
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
