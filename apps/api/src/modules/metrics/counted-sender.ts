import type { Counter } from "prom-client";

/** A sender of texts or emails: the development outbox or a provider. */
interface Sender<Message, Result, Name extends string> {
  readonly name: Name;
  send(message: Message): Promise<Result>;
}

/**
 * The configured sender, counting each message it takes: `stored` by a development outbox, `sent` when the
 * provider accepted it, `failed` when it did not (a refused text never reaches a sender: the audit log counts those).
 */
export function countedSender<Message, Result, Name extends string>(sender: Sender<Message, Result, Name>, sends: Counter<"status">): Sender<Message, Result, Name> {
  return {
    name: sender.name,
    async send(message) {
      try {
        const result = await sender.send(message);
        sends.inc({ status: sender.name === "outbox" ? "stored" : "sent" });
        return result;
      } catch (error) {
        sends.inc({ status: "failed" });
        throw error;
      }
    },
  };
}
