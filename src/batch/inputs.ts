// Which files a run reads: files named on the command line, folders walked recursively, globs and a
// list file, filtered by extension, --include/--exclude and --shard, in sorted path order.
import { createHash } from "node:crypto";
import { readdirSync, realpathSync, statSync } from "node:fs";
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { globSync } from "tinyglobby";

/** One input to process. `relative` (posix separators) names it for --out-dir, --shard and messages. */
export interface InputFile {
  path: string;
  relative: string;
}

/** How to expand and filter the inputs. */
export interface CollectOptions {
  /** Extensions (without dot) that folders and globs contribute; named files are always read. */
  extensions: string[];
  include: string[];
  exclude: string[];
  /** Process only shard `index` (1-based) of `count`. */
  shard?: { index: number; count: number };
  /** Warnings (a symbolic-link loop) go here; the walk goes on. */
  warn: (message: string) => void;
}

/** Default article extensions for folders and globs. */
export const ARTICLE_EXTENSIONS = ["txt", "html", "htm", "xhtml", "md"];

const GLOB = /[*?[\]{}]/;
const toPosix = (p: string) => p.split(sep).join("/");

/** A folder that could not be listed: reported as a failed input, the walk goes on. */
export interface Unlisted {
  path: string;
  code: string;
  message: string;
}

/**
 * Expands the command-line inputs. A folder is walked recursively, following symbolic links but
 * reading each real folder once (a link back to an ancestor is reported as a loop); hidden files and
 * folders are skipped. Each input is named relative to the deepest folder all the arguments share,
 * so --out-dir keeps folders apart and --shard gives the same split wherever the corpus lies.
 * Missing paths stay in the list: reading them gives the input error, in order with the others.
 */
export function collectInputs(args: string[], options: CollectOptions): { files: InputFile[]; unlisted: Unlisted[] } {
  const found = new Map<string, string>(); // real (or resolved) path → path as given
  const unlisted: Unlisted[] = [];
  const roots: string[] = [];
  const wanted = new Set(options.extensions.map((e) => e.toLowerCase().replace(/^\./, "")));
  const add = (path: string, named: boolean) => {
    if (!named && !wanted.has(extname(path).slice(1).toLowerCase())) return;
    const key = path === "-" ? "-" : realOrResolved(path);
    if (!found.has(key)) found.set(key, path);
  };

  for (const arg of args) {
    if (arg !== "-" && GLOB.test(arg) && !exists(arg)) {
      roots.push(resolve(globBase(arg)));
      for (const path of globSync(arg, { dot: false, onlyFiles: true, absolute: isAbsolute(arg), followSymbolicLinks: false }).sort()) add(path, false);
      continue;
    }
    if (arg !== "-" && statOrNull(arg)?.isDirectory()) {
      roots.push(resolve(arg));
      walk(arg, new Set(), new Set(), options.warn, unlisted, (path) => add(path, false));
    } else {
      if (arg !== "-") roots.push(dirname(resolve(arg)));
      add(arg, true);
    }
  }
  const base = commonFolder(roots);
  const included = options.include.length > 0 ? picomatch(options.include, { dot: true }) : () => true;
  const excluded = options.exclude.length > 0 ? picomatch(options.exclude, { dot: true }) : () => false;
  let list = [...found.values()]
    .map((path) => ({ path, relative: path === "-" ? "-" : toPosix(relative(base, resolve(path))).normalize("NFC") }))
    .filter((f) => included(f.relative) && !excluded(f.relative))
    .sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  if (options.shard) list = list.filter((f) => shardOf(f.relative, options.shard!.count) === options.shard!.index);
  return { files: list, unlisted };
}

/** The deepest folder that holds every one of `folders` (absolute paths). */
function commonFolder(folders: string[]): string {
  if (folders.length === 0) return resolve(".");
  const split = folders.map((f) => f.split(sep));
  const common: string[] = [];
  for (let i = 0; split.every((parts) => i < parts.length && parts[i] === split[0]![i]); i++) common.push(split[0]![i]!);
  return common.join(sep) || sep;
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function walk(dir: string, ancestors: Set<string>, read: Set<string>, warn: (m: string) => void, unlisted: Unlisted[], visit: (path: string) => void): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return;
  }
  if (ancestors.has(real)) {
    warn(`${dir}: symbolic link loop (leads back to a folder it is in); not followed`);
    return;
  }
  if (read.has(real)) return; // the same folder reached through another link: read once
  read.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? "READ_FAILED";
    unlisted.push({ path: dir, code, message: `${dir}: cannot list this folder (${code})` });
    return;
  }
  const inside = new Set(ancestors).add(real);
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && statOrNull(path)?.isDirectory());
    if (isDir) walk(path, inside, read, warn, unlisted, visit);
    else visit(path);
  }
}

/** The shard (1..count) a relative path belongs to: a stable hash, the same on every machine. */
export function shardOf(relativePath: string, count: number): number {
  const digest = createHash("sha256").update(relativePath).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** Parses --shard "I/N" (1 ≤ I ≤ N). */
export function parseShard(value: string): { index: number; count: number } | null {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  if (!m) return null;
  const [index, count] = [Number(m[1]), Number(m[2])];
  return index >= 1 && index <= count ? { index, count } : null;
}

/** The folders of a glob before its first wildcard: news/2024/*.txt gives news/2024. */
function globBase(pattern: string): string {
  const fixed: string[] = [];
  for (const part of pattern.split("/").slice(0, -1)) {
    if (GLOB.test(part)) break;
    fixed.push(part);
  }
  return fixed.join("/") || (pattern.startsWith("/") ? "/" : ".");
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function exists(path: string): boolean {
  return statOrNull(path) !== null;
}
