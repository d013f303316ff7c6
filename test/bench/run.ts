import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

type BenchRow = { name: string; value: number; unit: string; target?: string };
type BenchModule = { bench: () => Promise<BenchRow[]> };

const dir = resolve('test/bench');
/** `npm run bench -- browser size` runs only the modules whose names contain one of the words. */
const only = process.argv.slice(2);
const modules = readdirSync(dir)
  .filter((file) => file.endsWith('.bench-module.ts'))
  .filter((file) => only.length === 0 || only.some((word) => file.includes(word)))
  .sort();

/** Runs every `test/bench/*.bench-module.ts` (or those named on the command line) in turn and prints one table. */
async function main(): Promise<number> {
  const rows: (BenchRow & { module: string })[] = [];
  let failed = 0;
  for (const file of modules) {
    const module = file.replace(/\.bench-module\.ts$/, '');
    const started = performance.now();
    try {
      const { bench } = (await import(pathToFileURL(join(dir, file)).href)) as BenchModule;
      rows.push(...(await bench()).map((row) => ({ ...row, module })));
      console.error(`${module}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      failed += 1;
      console.error(`${module}: failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const table = [['module', 'name', 'value', 'unit', 'target'], ...rows.map((r) => [r.module, r.name, String(r.value), r.unit, r.target ?? ''])];
  const widths = table[0]?.map((_, column) => Math.max(...table.map((line) => line[column]?.length ?? 0))) ?? [];
  for (const [index, line] of table.entries()) {
    console.log(line.map((cell, column) => (column === 2 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ').trimEnd());
    if (index === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
