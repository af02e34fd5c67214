import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assumptionsFor, facilitiesOf } from '../../domain/planning/config';
import { readPlanningConfig } from './read-planning-config';

const dir = mkdtempSync(path.join(tmpdir(), 'th-plan-config-'));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe('planning config file', () => {
  it('uses the defaults without a file and reads the shipped example', () => {
    expect(readPlanningConfig(undefined)).toEqual({});
    const example = readPlanningConfig('workflows/planning/planning-config.example.json');
    expect(assumptionsFor(example, '091').partDayShare).toBe(0.08);
    expect(assumptionsFor(example, '049').rates).toEqual({ '6': 0.85 });
    expect(assumptionsFor(example, '837').partDayShare).toBe(0.1);
    expect(facilitiesOf(example).walkingDistanceKm).toBe(1.5);
  });

  it('stops with the file name when the file is missing or broken', () => {
    expect(() => readPlanningConfig(path.join(dir, 'none.json'))).toThrow('none.json: planning config file not found');
    expect(() => readPlanningConfig(write('bad.json', '{ "defaults": '))).toThrow('bad.json: not valid JSON');
    expect(() => readPlanningConfig(write('share.json', '{ "defaults": { "partDayShare": 1.5 } }'))).toThrow(
      'share.json: defaults.partDayShare:',
    );
    expect(() => readPlanningConfig(write('muni.json', '{ "municipalities": { "91": {} } }'))).toThrow(
      'muni.json: municipalities.91',
    );
    expect(() => readPlanningConfig(write('key.json', '{ "default": {} }'))).toThrow(
      'key.json: document: Unrecognized key',
    );
  });
});
