import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { CliError, fileError } from '../CliError.js';
import { ExitCode } from '../exitCodes.js';

/** What `waymark login` keeps: the server and an API token for it. */
export interface Credentials {
  readonly server: string;
  readonly token: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** `$WAYMARK_CONFIG_DIR/credentials.json`, else `~/.config/waymark/credentials.json`. */
export function credentialsPath(env: Env): string {
  const dir = env.WAYMARK_CONFIG_DIR || join(env.HOME || homedir(), '.config', 'waymark');
  return join(dir, 'credentials.json');
}

/** The stored credentials, or undefined when there are none (never logged in, or logged out). */
export async function readCredentials(env: Env): Promise<Credentials | undefined> {
  const path = credentialsPath(env);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT')
      return undefined;
    throw fileError(path, 'read', error);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !('server' in parsed) ||
    !('token' in parsed) ||
    typeof parsed.server !== 'string' ||
    typeof parsed.token !== 'string'
  )
    throw new CliError(
      'not a credentials file (expected {"server": "…", "token": "…"}); run waymark login again',
      ExitCode.file,
      path,
    );
  return { server: parsed.server, token: parsed.token };
}

/**
 * Stores the credentials, readable by the owner only (mode 0600: the token is as good as a
 * password), written atomically so a crash never leaves half a file.
 */
export async function writeCredentials(env: Env, credentials: Credentials): Promise<string> {
  const path = credentialsPath(env);
  // Created 0600 from the start (not chmod-ed afterwards), so the token is never readable by others.
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(credentials, null, 2)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw fileError(path, 'write', error);
  }
  return path;
}

/** Forgets the stored credentials; true when there were some. */
export async function removeCredentials(env: Env): Promise<boolean> {
  const path = credentialsPath(env);
  const existed = (await readCredentials(env).catch(() => true)) !== undefined;
  await rm(path, { force: true }).catch((error: unknown) => {
    throw fileError(path, 'write', error);
  });
  return existed;
}
