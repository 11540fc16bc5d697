import { createContext, use, useCallback, useRef, useState, type ReactNode } from "react";
import { errorCode, errorReason } from "../../lib/graphql-errors";
import { ReauthDialog } from "./ReauthDialog";

/**
 * Runs a sensitive change; if the service asks for a fresh proof (RECENT_AUTH_REQUIRED), asks the
 * user to confirm it's them and runs the change again, once. Resolves to undefined when the user
 * cancels; a change that still asks after the proof fails with that error (no second prompt).
 */
export type Guard = <T>(action: () => Promise<T>) => Promise<T | undefined>;

const ReauthContext = createContext<Guard>((action) => action());

interface Prompt {
  /** `extensions.reason` of the refusal: EVERY_TIME for changes that ask each time. */
  reason: string | undefined;
  answer: Promise<boolean>;
  resolve: (confirmed: boolean) => void;
}

function newPrompt(reason: string | undefined): Prompt {
  let resolve: (confirmed: boolean) => void = () => {};
  const answer = new Promise<boolean>((done) => {
    resolve = done;
  });
  return { reason, answer, resolve };
}

/** Provides `useReauth()` and the prompt it opens. */
export function ReauthProvider({ children }: { children: ReactNode }) {
  const [prompt, setPrompt] = useState<Prompt | null>(null);
  const open = useRef<Prompt | null>(null);

  /** Opens the prompt, or joins the one already open (two changes refused together ask once). */
  const ask = useCallback((reason: string | undefined): Promise<boolean> => {
    if (open.current) return open.current.answer;
    const next = newPrompt(reason);
    open.current = next;
    setPrompt(next);
    return next.answer;
  }, []);

  const guard = useCallback<Guard>(
    async (action) => {
      try {
        return await action();
      } catch (error) {
        if (errorCode(error) !== "RECENT_AUTH_REQUIRED") throw error;
        if (!(await ask(errorReason(error)))) return undefined;
        return action();
      }
    },
    [ask],
  );

  const finish = useCallback((confirmed: boolean) => {
    open.current?.resolve(confirmed);
    open.current = null;
    setPrompt(null);
  }, []);

  return (
    <ReauthContext value={guard}>
      {children}
      <ReauthDialog open={prompt !== null} reason={prompt?.reason} onDone={finish} />
    </ReauthContext>
  );
}

/** The guard for sensitive changes (see `Guard`). */
export function useReauth(): Guard {
  return use(ReauthContext);
}
