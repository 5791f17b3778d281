// Who sent an IPC call, in the terms the trust checks in common/ipc.ts use.
import type { IpcMainInvokeEvent } from 'electron';
import type { IpcSender } from '../common/ipc';

export function senderOf(event: IpcMainInvokeEvent): IpcSender {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    frameUrl: frame ? frame.url : null,
    isMainFrame: frame !== null && frame.parent === null,
  };
}
