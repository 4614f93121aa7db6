import { describe, expect, test } from 'vitest';
import type { CatalogDevice } from '../../sim/api/index.ts';
import { deviceStore, keepDevices, MAX_STORED_CHARS, storedDevices } from './importedDevices.ts';

const memory = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
};

const device = (id: string, file: string, name = id): CatalogDevice => ({
  id,
  file,
  name,
  vendor: 'V',
  family: 'I/O',
  type: 'io',
  conformanceClass: 'B',
  needsTsn: false,
  rtClasses: ['RT_CLASS_1'],
  minDeviceInterval: '1 ms',
  sendClocks: ['1 ms'],
  reductionRatios: [1],
  cycle: '1 ms',
  inputBytes: 2,
  outputBytes: 1,
  inputSize: 46,
  outputSize: 46,
});
const catalog = (...devices: CatalogDevice[]) => ({ format: 'netloom.devices/v1' as const, devices });

describe('imported devices', () => {
  test('are kept for the session and in storage, a device of the same id and file replacing the one kept', () => {
    deviceStore.set({ devices: [] });
    const storage = memory();
    expect(keepDevices(catalog(device('RIO', 'a.xml'), device('Servo', 'b.xml')), storage)).toBe(true);
    expect(keepDevices(catalog(device('RIO', 'a.xml', 'RIO v2'), device('RIO', 'c.xml')), storage)).toBe(true);
    const kept = ['Servo b.xml Servo', 'RIO a.xml RIO v2', 'RIO c.xml RIO'];
    expect(deviceStore.get().devices.map((d) => `${d.id} ${d.file} ${d.name}`)).toEqual(kept);
    expect(storedDevices(storage).map((d) => `${d.id} ${d.file} ${d.name}`)).toEqual(kept);
  });

  test('a catalog too large for storage is kept for the session only, and storage no longer holds an older one', () => {
    deviceStore.set({ devices: [] });
    const storage = memory();
    keepDevices(catalog(device('RIO', 'a.xml')), storage);
    expect(keepDevices(catalog(device('Big', 'b.xml', 'x'.repeat(MAX_STORED_CHARS))), storage)).toBe(false);
    expect(deviceStore.get().devices).toHaveLength(2);
    expect(storedDevices(storage)).toEqual([]);
  });

  test('anything else in storage reads as no devices', () => {
    const storage = memory();
    storage.setItem('netloom.importedDevices', 'not json');
    expect(storedDevices(storage)).toEqual([]);
    storage.setItem('netloom.importedDevices', JSON.stringify({ format: 'netloom.scenario/v1', devices: [device('RIO', 'a.xml')] }));
    expect(storedDevices(storage)).toEqual([]);
    // a kept catalog with one damaged device: the others are kept
    storage.setItem(
      'netloom.importedDevices',
      JSON.stringify({ format: 'netloom.devices/v1', devices: [1, { ...device('X', 'x.xml'), type: 'toaster' }, device('RIO', 'a.xml')] }),
    );
    expect(storedDevices(storage).map((d) => d.id)).toEqual(['RIO']);
  });
});
