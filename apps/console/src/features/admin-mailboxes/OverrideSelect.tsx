import { useMutation } from "@apollo/client/react";
import { Alert, ConfirmDialog, SelectField } from "@mfa/ui";
import { useState, type ReactNode } from "react";
import { graphql } from "../../gql";
import type { UserOverride } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";
import { overrideLabel, OVERRIDE_LEVELS } from "../admin-shared/policy";
import { useReauth } from "../reauth/ReauthProvider";
import { settle, type ActionResult } from "./status";
import { useTranslation } from "react-i18next";
import { i18n } from "../../i18n/i18n";

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
  return i18n.t(`admin-mailboxes:override.${level}`, { follows });
}

/** A user's enforcement override (Default / Optional / Required); a change is confirmed first. */
export function OverrideSelect({ user, label, describedBy, follows, className, onResult, onChanged }: OverrideSelectProps) {
  const { t } = useTranslation("admin-mailboxes");
  const [pending, setPending] = useState<UserOverride | null>(null);
  const [working, setWorking] = useState(false);
  // A save that failed keeps the choice and the dialog open, with the reason, so it can be tried again.
  const [failure, setFailure] = useState<string | null>(null);
  const guard = useReauth();
  const [setOverride] = useMutation(SetUserMfaOverrideDocument);

  /** Saves the confirmed level, then reloads what shows the user before the dialog closes. */
  async function confirm() {
    if (!pending) return;
    setWorking(true);
    setFailure(null);
    let result: ActionResult | null = null;
    try {
      const level = pending;
      // Null: the admin did not confirm it was them (lowering a requirement needs a fresh proof).
      if (await guard(() => setOverride({ variables: { userId: user.id, level } }))) {
        result = { tone: "success", text: t("override.now", { username: user.username, level: overrideLabel(level) }) };
        await settle(onChanged?.());
      }
    } catch (error) {
      setWorking(false);
      setFailure(errorMessage(error));
      return;
    }
    setWorking(false);
    setPending(null);
    if (result) onResult(result);
  }

  function close() {
    setPending(null);
    setFailure(null);
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
            {overrideLabel(level)}
          </option>
        ))}
      </SelectField>
      <ConfirmDialog
        open={pending !== null}
        title={t("override.title", { username: user.username, level: pending ? overrideLabel(pending) : "" })}
        tone="primary"
        busy={working}
        onConfirm={() => void confirm()}
        onCancel={close}
      >
        <p>{pending && consequence(pending, follows)}</p>
        {failure && <Alert tone="error">{failure}</Alert>}
      </ConfirmDialog>
    </>
  );
}
