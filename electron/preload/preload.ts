/**
 * The preload (sandboxed): exposes exactly the MainApi methods of electron/common, each as one
 * ipcRenderer.invoke('app:' + name), plus the menu-command subscription. Nothing else —
 * no ipcRenderer, no Node — reaches the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { COMMAND_CHANNEL, IPC_PREFIX, MAIN_API_METHODS, type MainApi, type MenuCommand, type PreloadBridge } from '../common/ipc.ts';

const api = Object.fromEntries(MAIN_API_METHODS.map((m) => [m, (...args: unknown[]) => ipcRenderer.invoke(IPC_PREFIX + m, ...args)])) as unknown as MainApi;

const bridge: PreloadBridge = {
  api,
  onCommand(listener: (c: MenuCommand) => void) {
    const wrapped = (_e: IpcRendererEvent, c: MenuCommand) => listener(c);
    ipcRenderer.on(COMMAND_CHANNEL, wrapped);
    return () => void ipcRenderer.removeListener(COMMAND_CHANNEL, wrapped);
  },
};

contextBridge.exposeInMainWorld('netloom', bridge);
