/**
 * Rooms on disk: one folder, two files per room, each replaced atomically.
 *
 * - `<room>.ydoc`: the Yjs document state (an update holding everything).
 * - `<room>.journey.json`: the room's last valid journey, for the read-only JSON view and for
 *   a room whose document a faulty peer left invalid.
 *
 * A write goes to a temporary file in the same folder, is flushed to disk, then renamed over
 * the old file: a crash leaves the old file or the new one, never half of one.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import * as Y from 'yjs';
import { isRoomName } from '../room-name.js';

/** Writes `data` to `file` atomically: temp file in the same folder, fsync, rename. */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The rooms in one folder. Writes to one room run one after another. */
export class RoomFiles {
  private readonly queues = new Map<string, Promise<void>>();

  constructor(readonly folder: string) {}

  private file(room: string, suffix: '.ydoc' | '.journey.json'): string {
    // Every caller validates first; this guards the file system if one ever forgets.
    if (!isRoomName(room)) throw new Error(`not a room name: ${JSON.stringify(room)}`);
    return path.join(this.folder, room + suffix);
  }

  /** Runs `write` after the room's earlier writes, and returns when it is done. */
  private queue(room: string, write: () => Promise<void>): Promise<void> {
    const next = (this.queues.get(room) ?? Promise.resolve()).then(write);
    const settled = next.catch(() => {});
    this.queues.set(room, settled);
    void settled.then(() => {
      if (this.queues.get(room) === settled) this.queues.delete(room);
    });
    return next;
  }

  /** The room's stored document state, or `null` for a room never stored. */
  loadState(room: string): Promise<Uint8Array | null> {
    return readIfExists(this.file(room, '.ydoc'));
  }

  /**
   * Stores the room's document state, merged with what the file holds: several server
   * processes sharing the folder (scale-out) then never drop each other's updates.
   */
  saveState(room: string, state: Uint8Array): Promise<void> {
    return this.queue(room, async () => {
      await mkdir(this.folder, { recursive: true });
      const file = this.file(room, '.ydoc');
      const stored = await readIfExists(file);
      await writeFileAtomic(file, stored ? Y.mergeUpdates([stored, state]) : state);
    });
  }

  /** The room's last valid journey as JSON text, or `null`. */
  async loadJourneyText(room: string): Promise<string | null> {
    return (await readIfExists(this.file(room, '.journey.json')))?.toString('utf8') ?? null;
  }

  /** Stores the room's last valid journey. */
  saveJourneyText(room: string, text: string): Promise<void> {
    return this.queue(room, async () => {
      await mkdir(this.folder, { recursive: true });
      await writeFileAtomic(this.file(room, '.journey.json'), text);
    });
  }
}
