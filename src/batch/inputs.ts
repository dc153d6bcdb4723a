// Which files a run reads: files named on the command line, folders walked recursively, globs and a
// list file, filtered by extension, --include/--exclude and --shard, in sorted path order.
import { createHash } from "node:crypto";
import { readdirSync, realpathSync, statSync } from "node:fs";
import { extname, isAbsolute, join, relative, sep } from "node:path";
import picomatch from "picomatch";
import { globSync } from "tinyglobby";
import { InputError } from "../errors.js";

/** One input to process. `relative` (posix separators) names it for --out-dir, --shard and messages. */
export interface InputFile {
  path: string;
  relative: string;
}

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

/**
 * Expands the command-line inputs. A folder is walked recursively, following symbolic links but never
 * the same real folder twice (a loop is reported, not followed); hidden files and folders are skipped.
 * Missing paths are left in the list: reading them gives the input error, in order with the others.
 */
export function collectInputs(args: string[], options: CollectOptions): InputFile[] {
  const files = new Map<string, InputFile>();
  const wanted = new Set(options.extensions.map((e) => e.toLowerCase().replace(/^\./, "")));
  const included = options.include.length > 0 ? picomatch(options.include, { dot: true }) : () => true;
  const excluded = options.exclude.length > 0 ? picomatch(options.exclude, { dot: true }) : () => false;
  const keep = (file: InputFile, named: boolean) => {
    if (!named && !wanted.has(extname(file.path).slice(1).toLowerCase())) return;
    if (!included(file.relative) || excluded(file.relative)) return;
    if (!files.has(file.path)) files.set(file.path, file);
  };

  for (const arg of args) {
    if (arg !== "-" && GLOB.test(arg) && !exists(arg)) {
      // Relative to the pattern's fixed part, so that --shard and --out-dir do not depend on where it runs.
      const base = globBase(arg);
      for (const path of globSync(arg, { dot: false, onlyFiles: true, absolute: isAbsolute(arg), followSymbolicLinks: false }).sort()) {
        keep({ path, relative: toPosix(relative(base, path)) }, false);
      }
      continue;
    }
    const info = arg === "-" ? null : statOrNull(arg);
    if (info?.isDirectory()) {
      walk(arg, arg, new Set(), options.warn, (path) => keep({ path, relative: toPosix(relative(arg, path)) }, false));
    } else {
      keep({ path: arg, relative: arg === "-" ? "-" : toPosix(relative(".", arg) || arg) }, true);
    }
  }
  let list = [...files.values()].sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  if (options.shard) list = list.filter((f) => shardOf(f.relative, options.shard!.count) === options.shard!.index);
  return list;
}

function walk(root: string, dir: string, seen: Set<string>, warn: (m: string) => void, visit: (path: string) => void): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return;
  }
  if (seen.has(real)) {
    warn(`${dir}: symbolic link loop (${toPosix(relative(root, dir)) || "."} leads back to a folder already read); not followed`);
    return;
  }
  seen.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (cause) {
    throw new InputError(dir, (cause as NodeJS.ErrnoException).code ?? "READ_FAILED", "cannot list this folder", { cause });
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && statOrNull(path)?.isDirectory());
    if (isDir) walk(root, path, new Set(seen), warn, visit);
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
