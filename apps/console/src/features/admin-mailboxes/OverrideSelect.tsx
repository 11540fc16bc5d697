import { useMutation } from "@apollo/client/react";
import { ConfirmDialog, SelectField } from "@mfa/ui";
import { useState, type ReactNode } from "react";
import { graphql } from "../../gql";
import type { UserOverride } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";
import { OVERRIDE_LABEL, OVERRIDE_LEVELS } from "../admin-shared/policy";
import { useReauth } from "../reauth/ReauthProvider";
import { settle, type ActionResult } from "./status";

export const SetUserMfaOverrideDocument = graphql(`
  mutation SetUserMfaOverride($userId: ID!, $level: UserOverride!) {
    setUserMfaOverride(userId: $userId, level: $level) {
      user {
        id
        ...UserPage_user
      }
    }
  }
`);

export interface OverrideSelectProps {
  user: { id: string; username: string; mfaOverride: UserOverride };
  label: ReactNode;
  /** Id of the element that names the user, when the label does not. */
  describedBy?: string;
  /** What the user follows under Default: "the example.com policy", "the account’s admin policy". */
  follows: string;
  className?: string;
  onResult: (result: ActionResult) => void;
  onChanged?: () => Promise<unknown> | void;
}

function consequence(level: UserOverride, follows: string): string {
  switch (level) {
    case "DEFAULT":
      return `They follow ${follows} again.`;
    case "OPTIONAL":
      return `They decide whether to use multi-factor authentication, whatever ${follows} says.`;
    case "REQUIRED":
      return `They must sign in with a second factor, whatever ${follows} says. Their sessions without one end now, and without a verified device they set one up at their next sign-in.`;
  }
}

/** A user's enforcement override (Default / Optional / Required); a change is confirmed first. */
export function OverrideSelect({ user, label, describedBy, follows, className, onResult, onChanged }: OverrideSelectProps) {
  const [pending, setPending] = useState<UserOverride | null>(null);
  const [working, setWorking] = useState(false);
  const guard = useReauth();
  const [setOverride] = useMutation(SetUserMfaOverrideDocument);

  /** Saves the confirmed level, then reloads what shows the user before the dialog closes. */
  async function confirm() {
    if (!pending) return;
    setWorking(true);
    let result: ActionResult | null = null;
    try {
      const level = pending;
      // Null: the admin did not confirm it was them (lowering a requirement needs a fresh proof).
      if (await guard(() => setOverride({ variables: { userId: user.id, level } }))) {
        result = { tone: "success", text: `The MFA override of ${user.username} is now ${OVERRIDE_LABEL[level]}.` };
        await settle(onChanged?.());
      }
    } catch (error) {
      result = { tone: "error", text: errorMessage(error) };
    }
    setWorking(false);
    setPending(null);
    if (result) onResult(result);
  }

  return (
    <>
      <SelectField
        label={label}
        className={className}
        aria-describedby={describedBy}
        value={pending ?? user.mfaOverride}
        disabled={working}
        onChange={(event) => {
          const level = event.currentTarget.value as UserOverride;
          if (level !== user.mfaOverride) setPending(level);
        }}
      >
        {OVERRIDE_LEVELS.map((level) => (
          <option key={level} value={level}>
            {OVERRIDE_LABEL[level]}
          </option>
        ))}
      </SelectField>
      <ConfirmDialog
        open={pending !== null}
        title={`Set the MFA override of ${user.username} to ${pending ? OVERRIDE_LABEL[pending] : ""}?`}
        tone="primary"
        busy={working}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      >
        <p>{pending && consequence(pending, follows)}</p>
      </ConfirmDialog>
    </>
  );
}
