// Sending one of the client's commands on their case. The commandId is made once per
// attempt and kept until the server accepts, so a retry after a lost answer is safe.
import { useCallback, useRef, useState } from 'react';
import type { Case } from '@desk/common';
import { sendClientCommand, type TrackKeys } from '../edesk/api';
import { newCommandId } from '../edesk/storage';
import type { ClientCommand, EdeskError } from '../edesk/types';

type Body<C> = C extends ClientCommand ? Omit<C, 'commandId'> : never;

export function useCaseCommand(keys: TrackKeys, onCase: (c: Case) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<EdeskError | undefined>();
  const commandId = useRef<string | null>(null);
  const run = useCallback(
    async (command: Body<ClientCommand>): Promise<boolean> => {
      commandId.current ??= newCommandId();
      setBusy(true);
      setError(undefined);
      const r = await sendClientCommand(keys, { ...command, commandId: commandId.current } as ClientCommand);
      setBusy(false);
      if (!r.ok) {
        setError(r.error);
        return false;
      }
      commandId.current = null;
      onCase(r.data.case);
      return true;
    },
    [keys, onCase],
  );
  return { busy, error, setError, run };
}
