import { useState } from "react";
import { errorMessage } from "./error-messages";

/** What came of a confirmed action: its success sentence, or why it failed. */
type Outcome = { tone: "success" | "error"; text: string } | null;

/**
 * An action asked about first (a ConfirmDialog): `asking` holds what is asked (null when nothing is), and once the
 * answer is "yes", `confirm` runs it: `outcome` is the sentence it returns, or the error's message; either way the
 * question closes.
 */
export function useConfirmedAction<Q>() {
  const [asking, setAsking] = useState<Q | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const confirm = async (act: (question: Q) => Promise<string>) => {
    const question = asking;
    if (question === null) return;
    setOutcome(null);
    try {
      setOutcome({ tone: "success", text: await act(question) });
    } catch (failure) {
      setOutcome({ tone: "error", text: errorMessage(failure) });
    } finally {
      setAsking(null);
    }
  };
  return { asking, ask: setAsking, cancel: () => setAsking(null), outcome, confirm };
}
