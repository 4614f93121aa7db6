// Types of build-dist.mjs, for the TypeScript that imports it (test/globalSetup.ts, bench).
export declare const root: string;
export declare const JS_DIR: string;
export declare function newestSource(): number;
export declare function jsStale(): boolean;
export declare function buildJs(options?: { clean?: boolean }): Promise<void>;
export declare function buildTypes(options?: { accept?: boolean }): Promise<void>;
