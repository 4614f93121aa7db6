declare module 'virtual:scenario-library' {
  import type { LibraryIndexEntry, LibraryScenario } from './scenarioLibraryPlugin.ts';
  export const entries: LibraryIndexEntry[];
  export const loaders: Record<string, () => Promise<LibraryScenario>>;
}
