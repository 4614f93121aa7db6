import { describe, expect, test } from 'vitest';
import { makePlant } from '../../scripts/make-plant.ts';
import { analyzedModel, analyzeScenario } from './analyzeScenario.ts';
import { noFiles } from './DocFiles.ts';

describe('analyzedModel', () => {
  test('a run of the scenario the analysis compiled reuses its model; an edited scenario or other files compile again', () => {
    const s = makePlant({ devices: 100 });
    const files = noFiles('in the browser');
    const a = analyzeScenario(s, files);
    expect(a.ok).toBe(true);
    expect(analyzedModel(a, s, files)).toBe(a.model);
    expect(analyzedModel(a, { ...s }, files)).toBeNull();
    expect(analyzedModel(a, s, { ...files })).toBeNull();
    expect(analyzedModel(null, s, files)).toBeNull();
  });
});
