import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import type { Actor } from '../handlers/context';

/** Who holds a workspace's edit lock, as written in `<file>.lock`. */
export interface LockHolder {
  name: string;
  email: string;
  host: string;
  pid: number;
  /** ISO 8601 time the lock was taken. */
  since: string;
}

/** An edit lock this process holds; release it when the workspace closes. */
export interface EditLock {
  readonly path: string;
  readonly holder: LockHolder;
  /**
   * Who holds the lock file now when it is no longer this lock (someone
   * took it over, or it was removed: then the holder's name is "?");
   * null while it is still this one.
   */
  takenBy(): LockHolder | null;
  release(): void;
}

/** The outcome of trying to take the lock; `unwritable` when the folder refuses the lock file. */
export type LockAttempt = { lock: EditLock } | { heldBy: LockHolder } | { unwritable: true };

/** How a holder is named in messages: "Ana López <ana@inecc.gob.mx>". */
export function holderLabel(holder: LockHolder): string {
  return holder.email ? `${holder.name} <${holder.email}>` : holder.name;
}

/** The lock file's path for a workspace file. */
export function lockPath(file: string): string {
  return `${file}.lock`;
}

/**
 * Tries to take the edit lock of a workspace by creating `<file>.lock`
 * exclusively. When another holds it, returns the holder; a stale lock
 * (a process on this host that no longer runs, or an unreadable lock file)
 * is taken over only when `takeOverStale` is set. `takeOverAny` takes over
 * whatever lock there is: on a network folder a crashed app on another
 * machine cannot be told from a live one, so a person decides, after a
 * warning that names the holder.
 */
export function acquireLock(
  file: string,
  actor: Actor,
  options: { takeOverStale?: boolean; takeOverAny?: boolean } = {},
): LockAttempt {
  const path = lockPath(file);
  const holder: LockHolder = {
    name: actor.name,
    email: actor.email,
    host: hostname(),
    pid: process.pid,
    since: new Date().toISOString(),
  };

  let created: boolean;
  try {
    created = tryCreate(path, holder);
  } catch (error) {
    if (isPermissionError(error)) return { unwritable: true };
    throw error;
  }
  if (created) return { lock: heldLock(path, holder) };

  const current = readLock(file);
  const stale = current === null || isStale(current);
  if (options.takeOverAny || (options.takeOverStale && stale)) {
    removeQuietly(path);
    if (tryCreate(path, holder)) return { lock: heldLock(path, holder) };
  }
  return { heldBy: readLock(file) ?? unknownHolder(path) };
}

/**
 * Reads who holds the lock, or null when nobody does. An unreadable lock
 * file (a crash while writing it) reads as held by an unknown person.
 */
export function readLock(file: string): LockHolder | null {
  const path = lockPath(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const data = JSON.parse(text) as Partial<LockHolder>;
    if (typeof data.name !== 'string' || typeof data.pid !== 'number') return unknownHolder(path);
    return {
      name: data.name,
      email: String(data.email ?? ''),
      host: String(data.host ?? ''),
      pid: data.pid,
      since: String(data.since ?? ''),
    };
  } catch {
    return unknownHolder(path);
  }
}

/**
 * Whether a lock is certainly abandoned: taken on this host by a process
 * that no longer runs. Locks from other hosts are never judged stale here.
 */
export function isStale(holder: LockHolder): boolean {
  if (holder.pid <= 0) return true;
  if (holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Whether a file system error means the folder cannot be written. */
export function isPermissionError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
}

function tryCreate(path: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(holder, null, 2)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

function heldLock(path: string, holder: LockHolder): EditLock {
  const file = path.slice(0, -'.lock'.length);
  const ours = (current: LockHolder | null) =>
    current !== null && current.pid === holder.pid && current.since === holder.since;
  let released = false;
  return {
    path,
    holder,
    takenBy() {
      const current = readLock(file);
      if (ours(current)) return null;
      return current ?? { name: '?', email: '', host: '', pid: 0, since: '' };
    },
    release() {
      if (released) return;
      released = true;
      // Remove the file only if it is still ours: a takeover may have replaced it.
      if (ours(readLock(file))) removeQuietly(path);
    },
  };
}

function unknownHolder(path: string): LockHolder {
  let since = '';
  try {
    since = statSync(path).mtime.toISOString();
  } catch {
    since = new Date().toISOString();
  }
  return { name: '?', email: '', host: '', pid: 0, since };
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone: nothing to remove.
  }
}
