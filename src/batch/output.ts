// Where documents go: a stream (stdout), a file written through a temporary file and renamed, or a
// folder of one JSON file per input mirroring the input tree. Writes wait for the stream to drain, so
// a long run holds only what is in flight.
import { once } from "node:events";
import { randomUUID } from "node:crypto";
import {
  createWriteStream, lstatSync, mkdirSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync, type WriteStream,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Writable } from "node:stream";

/** An output stream that is committed (renamed into place) or abandoned at the end. */
export interface Sink {
  write(text: string): Promise<void>;
  /** Finishes the output; for a file, renames the temporary file over the target. */
  commit(): Promise<void>;
  /** Drops a partial output (a file's temporary file); stdout is left as it is. */
  abandon(): void;
}

/** Writes to a stream such as stdout, honouring backpressure. */
export function streamSink(stream: Writable): Sink {
  return {
    async write(text) {
      if (text.length > 0 && !stream.write(text)) await once(stream, "drain");
    },
    async commit() {},
    abandon() {},
  };
}

/**
 * Writes to `path` so that a failure never leaves a partial file: a temporary file beside the target,
 * renamed over it at the end, with the old file's mode. A symbolic link is followed, not replaced; a
 * path that is not a regular file (/dev/stdout, a FIFO) is written to directly.
 */
export function fileSink(path: string): Sink {
  let target = path;
  let mode: number | undefined;
  let direct = false;
  try {
    target = realpathSync(path);
    const info = statSync(target);
    direct = !info.isFile();
    mode = info.mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    // A dangling symbolic link: write where it points, keeping the link.
    if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) target = resolve(dirname(path), readlinkSync(path));
  }
  const temp = direct ? target : tempPath(target);
  const stream: WriteStream = createWriteStream(temp, mode === undefined || direct ? {} : { mode });
  const failed = new Promise<never>((_, reject) => stream.once("error", reject));
  failed.catch(() => undefined);
  return {
    async write(text) {
      if (text.length > 0 && !stream.write(text)) await Promise.race([once(stream, "drain"), failed]);
    },
    async commit() {
      stream.end();
      await Promise.race([once(stream, "finish"), failed]);
      if (!direct) renameSync(temp, target);
    },
    abandon() {
      stream.destroy();
      if (!direct) {
        try {
          unlinkSync(temp);
        } catch {
          /* nothing was written */
        }
      }
    },
  };
}

/** Writes one JSON file per input under `dir`, mirroring its relative path (a.txt → a.txt.json), atomically. */
export function writeIntoFolder(dir: string, relative: string, content: string): void {
  writeFileAtomic(join(dir, `${relative === "-" ? "stdin" : relative.replace(/^(\.\.\/)+/, "")}.json`), content);
}

/** Writes a file through a temporary file beside it and a rename, creating its folder. */
export function writeFileAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempPath(path);
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** A hidden, unique temporary name beside `path`. */
function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomUUID().slice(0, 8)}.tmp`);
}
