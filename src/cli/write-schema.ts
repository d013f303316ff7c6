import '@/i18n/domains/cli';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { translator } from '@/i18n/t';
import { packJsonSchemaText } from '@/rules/pack/json-schema';
import { langFromArgv, parseCliArgs, runIfEntry, type CliIo } from './cli-io';

/** `npm run -s rules:schema`: writes rules/rules.schema.json from the zod schema of a pack. */
export const writeSchemaCommand = (io: CliIo): void => {
  const { argv } = io;
  const t = translator(langFromArgv(argv));
  parseCliArgs({ usage: 'cli.usage.writeSchema', options: { lang: { type: 'string' } } }, io);
  const file = fileURLToPath(new URL('../../rules/rules.schema.json', import.meta.url));
  writeFileSync(file, packJsonSchemaText());
  io.stderr(`${t('cli.writeSchema.written', { file: 'rules/rules.schema.json' })}\n`);
};

await runIfEntry(import.meta.url, writeSchemaCommand);
