// Sending the clerk's commands: one at a time (no double action), the server's
// Persian refusal kept to show, and nothing sent while a command is in flight.
import { useCallback, useRef, useState } from 'react';
import type { DeskConnection } from '@desk/ui';
import type { Ack, CommandInput, CommandResults } from '@desk/common';

export interface Commands {
  busy: boolean;
  error: string | null;
  clearError: () => void;
  run: <T extends keyof CommandResults>(command: Extract<CommandInput, { type: T }>) => Promise<Ack<CommandResults[T]> | null>;
}

export function useCommands(connection: DeskConnection): Commands {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(false);

  const run = useCallback(
    async <T extends keyof CommandResults>(command: Extract<CommandInput, { type: T }>) => {
      // a ref, not state: two clicks in one frame must not both pass
      if (inFlight.current) return null;
      inFlight.current = true;
      setBusy(true);
      setError(null);
      try {
        const ack = await connection.send<T>(command);
        if (!ack.ok) setError(ack.error.message);
        return ack;
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    [connection],
  );

  const clearError = useCallback(() => setError(null), []);
  return { busy, error, clearError, run };
}
