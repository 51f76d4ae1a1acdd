#!/usr/bin/env node
// Writes dist/schema/dataset.schema.json from the one valibot schema (src/data/schema.ts), so CMS
// teams can check their own data files with any JSON Schema tool.
import { mkdirSync, writeFileSync } from 'node:fs';
import { importTs } from './lib/import-ts.mjs';

const { schema } = await importTs(`import { toJsonSchema } from '@valibot/to-json-schema';
  import { DatasetSchema } from './src/data/schema.ts';
  export const schema = toJsonSchema(DatasetSchema, { errorMode: 'ignore', typeMode: 'input' });`);
const pkg = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync('package.json', 'utf8')));
const document = {
  ...schema,
  title: 'Clinical leadership data set',
  description: 'A data set for clinical-leadership-elements widgets. Every id referenced must exist in the same file.',
};
mkdirSync('dist/schema', { recursive: true });
writeFileSync('dist/schema/dataset.schema.json', JSON.stringify(document, null, 2) + '\n');
console.log('wrote dist/schema/dataset.schema.json');
