#!/usr/bin/env node
// Writes the published JSON Schemas from the one valibot definition of each, so CMS teams and
// systems can check their own files with any JSON Schema tool:
//   dist/schema/dataset.schema.json        the data set (src/data/schema.ts)
//   dist/schema/board-profile.schema.json  the board profile's files (src/data/board-record-schema.ts)
import { mkdirSync, writeFileSync } from 'node:fs';
import { importTs } from './lib/import-ts.mjs';

const { schema, boardProfile } = await importTs(`import { toJsonSchema } from '@valibot/to-json-schema';
  import { DatasetSchema } from './src/data/schema.ts';
  import { BoardProfileFileSchema } from './src/data/board-record-schema.ts';
  export const schema = toJsonSchema(DatasetSchema, { errorMode: 'ignore', typeMode: 'input' });
  export const boardProfile = toJsonSchema(BoardProfileFileSchema, { errorMode: 'ignore', typeMode: 'input' });`);
const documents = {
  'dataset.schema.json': {
    ...schema,
    title: 'Clinical leadership data set',
    description: 'A data set for clinical-leadership-elements widgets. Every id referenced must exist in the same file.',
  },
  'board-profile.schema.json': {
    ...boardProfile,
    title: 'Board profile',
    description:
      'A board profile by role (never by name): either the record a board shares with its system ' +
      '(format "clinical-leadership-board-profile", version 1: organisation name, ODS code and kind, the date, ' +
      'the seats with membership, executive or not, professional background, registration and shared posts, ' +
      'and the senior strategic AHP lead), or the board profile widget\'s own download ' +
      '(format "clinical-leadership-elements/board-profile"). ODS codes are checked for shape only ' +
      '(1 to 9 letters and digits), never against the Organisation Data Service.',
  },
};
mkdirSync('dist/schema', { recursive: true });
for (const [name, document] of Object.entries(documents)) {
  writeFileSync(`dist/schema/${name}`, JSON.stringify(document, null, 2) + '\n');
  console.log(`wrote dist/schema/${name}`);
}
