/**
 * The golden cases of the default pack against the pack as it stands: expected first, acceptable
 * alternatives, what the pack ranks first (with the lead), and the agreement rate.
 * `npx tsx test/bench/golden-report.ts [--verbose]`
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rankOptions } from '@/engine/score/score';
import { checkAnswersFile } from '@/rules/answers/load-answers';
import { loadPack } from '@/rules/pack/load-pack';
import { packLines } from '../support/pack-lines';

const verbose = process.argv.includes('--verbose');
const loaded = loadPack(JSON.parse(readFileSync('rules/ai-openness.json', 'utf8')), { file: 'rules/ai-openness.json' });
if (!loaded.ok) throw new Error(packLines(loaded).join('\n'));
const pack = loaded.pack;
const dir = 'test/golden';
let strict = 0;
let lenient = 0;
const files = readdirSync(dir).filter((file) => file.endsWith('.json')).sort();
for (const file of files) {
  const golden = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { expectedFirst: string; acceptable: string[]; answers: unknown };
  const { ranking } = rankOptions(pack, checkAnswersFile(pack, golden.answers).answers);
  const [a, b] = ranking;
  const got = a?.option ?? '';
  if (got === golden.expectedFirst) strict += 1;
  if (golden.acceptable.includes(got)) lenient += 1;
  const mark = got === golden.expectedFirst ? 'ok ' : golden.acceptable.includes(got) ? 'alt' : 'NO ';
  const lead = a && b && b.guards.length === 0 ? (a.score - b.score).toFixed(1) : '-';
  console.log(`${mark} ${file.replace('.json', '').padEnd(36)} expected ${golden.expectedFirst.padEnd(12)} acceptable ${golden.acceptable.join('/').padEnd(34)} got ${got.padEnd(12)} lead ${lead}`);
  if (verbose) console.log('    ' + ranking.map((r) => `${r.option}${r.guards.length ? '(x)' : ''} ${r.score.toFixed(1)}`).join(', '));
}
console.log(`agreement with the expert's first choice: ${strict}/${files.length}; first choice or an acceptable alternative: ${lenient}/${files.length}`);
