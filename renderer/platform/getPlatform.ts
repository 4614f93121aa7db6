/** Picks the host: the Electron preload bridge when present, the browser otherwise. */
import type { PreloadBridge } from '../../electron/common/ipc.ts';
import { browserPlatform } from './browserPlatform.ts';
import { electronPlatform } from './electronPlatform.ts';
import type { Platform } from './Platform.ts';

let platform: Platform | null = null;

export function getPlatform(): Platform {
  if (!platform) {
    const bridge = (window as Window & { netloom?: PreloadBridge }).netloom;
    platform = bridge ? electronPlatform(bridge) : browserPlatform();
  }
  return platform;
}
