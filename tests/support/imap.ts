import { spawn } from "node:child_process";

/** What an IMAP login came to, as a client sees it. */
export type ImapOutcome = "OK" | "AUTHENTICATIONFAILED" | "UNAVAILABLE" | `OTHER: ${string}`;

/**
 * Logs in over plain IMAP with Python's imaplib (a real client, independent of ours), all attempts at once (one
 * thread each), and on success lists the mailboxes. The passwords go to Python on stdin, never on a command line.
 */
const SCRIPT = String.raw`
import imaplib, json, sys, threading
job = json.load(sys.stdin)
out = [None] * len(job["attempts"])
def run(i, a):
    try:
        c = imaplib.IMAP4("127.0.0.1", job["port"], timeout=30)
        try:
            c.login(a["username"], a["password"])
            typ, boxes = c.list()
            out[i] = "OK" if typ == "OK" and any(b"INBOX" in b for b in boxes) else "OTHER: list " + str(boxes)
            c.logout()
        except imaplib.IMAP4.error as e:
            m = str(e)
            out[i] = "AUTHENTICATIONFAILED" if "AUTHENTICATIONFAILED" in m else "UNAVAILABLE" if "UNAVAILABLE" in m else "OTHER: " + m
    except Exception as e:
        out[i] = "OTHER: " + repr(e)
ts = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate(job["attempts"])]
[t.start() for t in ts]
[t.join() for t in ts]
print(json.dumps(out))
`;

export function imapLogins(port: number, attempts: { username: string; password: string }[]): Promise<ImapOutcome[]> {
  return new Promise((resolve, reject) => {
    const child = spawn("python3", ["-c", SCRIPT], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`imaplib client exited with ${code}: ${stderr}`));
      resolve(JSON.parse(stdout) as ImapOutcome[]);
    });
    child.stdin.end(JSON.stringify({ port, attempts }));
  });
}

export const imapLogin = async (port: number, username: string, password: string): Promise<ImapOutcome> => (await imapLogins(port, [{ username, password }]))[0] as ImapOutcome;
