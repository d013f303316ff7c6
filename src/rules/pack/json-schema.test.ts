import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packJsonSchemaText } from './json-schema';

const FILE = join(import.meta.dirname, '..', '..', '..', 'rules', 'rules.schema.json');

describe('rules/rules.schema.json', () => {
  it('is the JSON Schema generated from the pack schema', () => {
    const committed = readFileSync(FILE, 'utf8');
    const fresh = packJsonSchemaText();
    expect(committed === fresh, 'rules/rules.schema.json is stale: run `npm run -s rules:schema`').toBe(true);
  });

  it('describes conditions recursively and forbids unknown fields', () => {
    const schema = JSON.parse(packJsonSchemaText()) as { $defs: Record<string, { anyOf?: unknown[]; additionalProperties?: boolean }> };
    expect(schema.$defs.Condition?.anyOf).toHaveLength(8);
    expect(JSON.stringify(schema.$defs.Condition)).toContain('#/$defs/Condition');
    expect(schema.$defs.Rule?.additionalProperties).toBe(false);
  });
});
