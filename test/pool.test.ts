import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
// The built module: worker threads run compiled JavaScript.
import { runBatch } from "../dist/batch/run.js";

const dir = mkdtempSync(join(tmpdir(), "extract-pool-"));
const input = (name: string) => {
  writeFileSync(join(dir, name), "x");
  return { path: join(dir, name), relative: name };
};

/** A worker that answers every input, except that it exits on an input named boom*. */
const worker = join(dir, "worker.mjs");
writeFileSync(
  worker,
  `import { parentPort } from "node:worker_threads";
   parentPort.on("message", (job) => {
     if (job.path.includes("boom")) process.exit(3);
     parentPort.postMessage({ id: job.id, outcome: { doc: null, json: "{}", entities: 0, facts: 0 } });
   });
   parentPort.postMessage({ ready: true });`,
);

async function collect(files: { path: string; relative: string }[], jobs: number) {
  const out: string[] = [];
  const options = {
    jobs,
    extractor: {},
    process: { read: {}, withText: false, indent: undefined },
    stdin: async () => Buffer.from(""),
    workerUrl: pathToFileURL(worker),
  };
  for await (const r of runBatch(files, options)) out.push(`${r.file.relative}:${"error" in r ? r.error.code : "ok"}`);
  return out;
}

describe("worker pool", () => {
  it("fails only the input a dying worker held; the other worker finishes the rest, in order", async () => {
    const files = ["a.txt", "b.txt", "boom.txt", "c.txt", "d.txt", "e.txt"].map(input);
    expect(await collect(files, 2)).toEqual(["a.txt:ok", "b.txt:ok", "boom.txt:INTERNAL", "c.txt:ok", "d.txt:ok", "e.txt:ok"]);
  });

  it("accounts for every input, without hanging, when every worker dies", async () => {
    const files = ["boom1.txt", "boom2.txt", "x.txt", "y.txt"].map(input);
    const results = await collect(files, 2);
    // Which worker took x and y before the last one died depends on timing; that each comes back once does not.
    expect(results.map((r) => r.split(":")[0])).toEqual(["boom1.txt", "boom2.txt", "x.txt", "y.txt"]);
    expect(results.slice(0, 2)).toEqual(["boom1.txt:INTERNAL", "boom2.txt:INTERNAL"]);
    for (const r of results.slice(2)) expect(r).toMatch(/:(ok|INTERNAL)$/);
  });
});
