/**
 * The devices imported from GSDML files, which the palette offers: kept for the session, and in
 * localStorage while they are small (a catalog of a few hundred devices), so they are there after
 * a restart. Placing one adds it with its two cyclic flows, attached to a PLC, as one undoable edit.
 */
import { type CatalogDevice, type DeviceCatalog, type Note, type Position, placeDevice } from '../../sim/api/index.ts';
import { DEVICES } from '../model/deviceTypes.ts';
import { displayPositions } from '../model/displayPositions.ts';
import { freeSpot } from '../model/freeSpot.ts';
import { appStore } from '../state/appStore.ts';
import { createStore, useStoreSelector } from '../state/createStore.ts';
import { applyEdit } from '../state/editActions.ts';
import { toast } from '../state/toast.ts';

const KEY = 'netloom.importedDevices';
/** past this, the catalog is kept for the session only (localStorage holds 5 MB for everything) */
export const MAX_STORED_CHARS = 200_000;

type DeviceStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What the palette and placing read of a device, as the import wrote it (storage may hold anything) */
const isDevice = (d: unknown): d is CatalogDevice => {
  const x = d as Record<string, unknown> | null;
  return (
    typeof x === 'object' &&
    x !== null &&
    ['id', 'file', 'name', 'type', 'vendor', 'family', 'conformanceClass', 'cycle'].every((k) => typeof x[k] === 'string') &&
    typeof x.inputSize === 'number' &&
    typeof x.outputSize === 'number' &&
    Object.hasOwn(DEVICES, x.type as string)
  );
};

/** The devices kept by an earlier session; none when there are none or they cannot be read. */
export function storedDevices(storage: DeviceStorage): CatalogDevice[] {
  try {
    const c = JSON.parse(storage.getItem(KEY) ?? 'null') as DeviceCatalog | null;
    return c?.format === 'netloom.devices/v1' && Array.isArray(c.devices) ? c.devices.filter(isDevice) : [];
  } catch {
    return [];
  }
}

export const deviceStore = createStore<{ devices: CatalogDevice[] }>({ devices: typeof localStorage === 'undefined' ? [] : storedDevices(localStorage) });

export const useImportedDevices = () => useStoreSelector(deviceStore, (s) => s.devices);

/** Adds a catalog's devices (a device of the same id and file replaces the one kept); says whether they are kept past the session. */
export function keepDevices(catalog: DeviceCatalog, storage: DeviceStorage = localStorage): boolean {
  const fresh = new Set(catalog.devices.map((d) => `${d.id} ${d.file}`));
  const devices = [...deviceStore.get().devices.filter((d) => !fresh.has(`${d.id} ${d.file}`)), ...catalog.devices];
  deviceStore.set({ devices });
  const text = JSON.stringify({ format: 'netloom.devices/v1', devices } satisfies DeviceCatalog);
  try {
    if (text.length > MAX_STORED_CHARS) {
      storage.removeItem(KEY);
      return false;
    }
    storage.setItem(KEY, text);
    return true;
  } catch {
    return false;
  }
}

/** What the palette's drag carries for an imported device: this, then its id and file. */
export const IMPORTED_DEVICE = 'gsdml:';

export const dragKey = (d: CatalogDevice) => `${IMPORTED_DEVICE}${d.id} ${d.file}`;

/** A device dragged from the palette's imported ones and dropped at `at`. */
export function dropImportedDevice(key: string, at: Position): void {
  const d = deviceStore.get().devices.find((x) => dragKey(x) === key);
  if (d) placeImportedDevice(d, at);
}

/** Places `d` at a free spot near `near` (the view's centre), attached to the selected PLC, else the scenario's first PLC. */
export function placeImportedDevice(d: CatalogDevice, near: Position): void {
  const { doc, selection } = appStore.get();
  if (!doc) return;
  const plcs = doc.scenario.nodes.filter((n) => n.type === 'plc').map((n) => n.id);
  const controller = selection.nodes.find((id) => plcs.includes(id)) ?? plcs[0];
  if (!controller) return toast(`${d.name} needs a PLC to exchange its cyclic data with: add a PLC first, then place it.`, 'error');
  const at = freeSpot(displayPositions(doc.scenario).values(), near);
  let placed: ReturnType<typeof placeDevice> | undefined;
  const assumed: Note[] = [];
  applyEdit(`add ${d.name} (GSDML, 2 cyclic flows)`, (s) => {
    placed = placeDevice(s, d, controller, assumed, at);
    return placed.scenario;
  });
  if (!placed) return;
  appStore.set({ selection: { nodes: [placed.id], links: [], flow: null } });
  // what placing it assumed (its cable, its deadline, a schedule for class C/D) is said, as the import's review says it
  toast(`Added ${placed.id} with its cyclic flows ${placed.flows.join(' and ')}: ${assumed.map((a) => a.what).join('; ')}.`, 'success', 7000);
}
