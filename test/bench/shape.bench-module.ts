import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * The shape of the source tree (issue 9): files per folder of `src/` and the longest functions of the
 * product code (tests excluded), so that a folder or a function growing past what a reader can hold
 * shows up in `npm run bench -- shape`.
 */

const SRC = 'src';
/** A folder with more files than this gets subfolders by responsibility (STYLE.md). */
const FOLDER_FILES = 8;
/** A function longer than this many lines is listed. */
const LONG_FUNCTION = 80;

function folders(dir: string): { dir: string; files: number }[] {
  const entries = readdirSync(dir);
  const files = entries.filter((name) => statSync(join(dir, name)).isFile()).length;
  const below = entries.filter((name) => statSync(join(dir, name)).isDirectory()).flatMap((name) => folders(join(dir, name)));
  return [{ dir, files }, ...below];
}

type FunctionLength = { name: string; lines: number };

function functionsOf(file: string): FunctionLength[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: FunctionLength[] = [];
  const nameOf = (node: ts.Node): string => {
    if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) return node.name.getText(source);
    const parent = node.parent;
    if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText(source);
    return '(anonymous)';
  };
  const visit = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      found.push({ name: `${relative(SRC, file)}: ${nameOf(node)}`, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export async function bench() {
  const all = folders(SRC);
  const crowded = all.filter((f) => f.files > FOLDER_FILES).sort((a, b) => b.files - a.files);
  const sources = all.flatMap(({ dir }) =>
    readdirSync(dir)
      .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
      .map((name) => join(dir, name)),
  );
  const functions = sources.flatMap(functionsOf).sort((a, b) => b.lines - a.lines);
  const longest = functions[0];
  for (const f of crowded) console.error(`  ${f.dir}: ${f.files} files`);
  for (const f of functions.filter((g) => g.lines > LONG_FUNCTION)) console.error(`  ${f.name}: ${f.lines} lines`);
  return Promise.resolve([
    { name: 'folders of src/', value: all.length, unit: 'folders' },
    { name: `folders over ${FOLDER_FILES} files`, value: crowded.length, unit: 'folders', target: 'few, each explained' },
    { name: `most files in one folder (${crowded[0]?.dir ?? '-'})`, value: crowded[0]?.files ?? 0, unit: 'files' },
    { name: `longest function (${longest?.name ?? '-'})`, value: longest?.lines ?? 0, unit: 'lines' },
    { name: `functions over ${LONG_FUNCTION} lines`, value: functions.filter((f) => f.lines > LONG_FUNCTION).length, unit: 'functions' },
  ]);
}
