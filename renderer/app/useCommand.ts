import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { CommandError } from '../db/commands/commandError';
import { execute, type Command } from '../db/commands/defineCommand';
import { useMember, useWorkspace } from './WorkspaceContext';

export interface CommandState {
  pending: boolean;
  error: string | null;
  fieldErrors: Readonly<Record<string, string>>;
}

const IDLE: CommandState = { pending: false, error: null, fieldErrors: {} };

/** Runs a command as the signed-in member and keeps its error for the form to show. */
export function useCommand<Schema extends z.ZodType, Output>(command: Command<Schema, Output>) {
  const { db } = useWorkspace();
  const member = useMember();
  const [state, setState] = useState<CommandState>(IDLE);
  const run = useCallback(
    async (input: unknown): Promise<Output | null> => {
      setState({ pending: true, error: null, fieldErrors: {} });
      try {
        const output = await execute(db, command, input, { memberId: member.id });
        setState(IDLE);
        return output;
      } catch (error) {
        const failure =
          error instanceof CommandError
            ? { error: error.message, fieldErrors: error.fieldErrors }
            : { error: error instanceof Error ? error.message : String(error), fieldErrors: {} };
        setState({ pending: false, ...failure });
        return null;
      }
    },
    [db, command, member.id],
  );
  const reset = useCallback(() => setState(IDLE), []);
  return { ...state, run, reset };
}
