import { expect, it } from 'vitest';
import { sampleVersion } from './sampleVersion.fixture.js';
import { versionToJson } from './versionToJson.js';

it('versionToJson writes the version as pretty JSON that reads back whole', () => {
  const version = sampleVersion();
  const json = versionToJson(version);
  expect(json).toContain('\n  "meeting": {\n');
  const { meeting, version: v, minutes, document, approvals, verified } = version;
  expect(JSON.parse(json)).toEqual({ meeting, version: v, minutes, document, approvals, verified });
});
