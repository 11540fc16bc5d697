import { useMutation } from "@apollo/client/react";
import { Button, ConfirmDialog } from "@mfa/ui";
import { useState } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { useReauth } from "../reauth/ReauthProvider";
import { counted, settle, type ActionResult } from "./status";
import { useTranslation } from "react-i18next";

export const UnlockUserDocument = graphql(`
  mutation UnlockUser($userId: ID!) {
    unlockUser(userId: $userId) {
      user {
        id
        ...UserPage_user
      }
    }
  }
`);

export const ResetUserMfaDocument = graphql(`
  mutation ResetUserMfa($userId: ID!) {
    resetUserMfa(userId: $userId) {
      user {
        id
        ...UserPage_user
      }
    }
  }
`);

const DeleteMailboxDocument = graphql(`
  mutation DeleteMailbox($userId: ID!) {
    deleteMailbox(userId: $userId) {
      deletedUserId
    }
  }
`);

export interface MailboxActionsProps {
  user: { id: string; username: string; locked: boolean; devices: number; isMailbox: boolean };
  /** Id of the element that names the user: the buttons are described by it. */
  describedBy?: string;
  onResult: (result: ActionResult) => void;
  /** After an unlock or a reset (reload what shows the user). */
  onChanged?: () => Promise<unknown> | void;
  onDeleted?: () => Promise<unknown> | void;
}

type Action = "unlock" | "reset" | "delete";

/** Unlock, "Reset MFA" and Delete for one user, each confirmed first. */
export function MailboxActions({ user, describedBy, onResult, onChanged, onDeleted }: MailboxActionsProps) {
  const { t } = useTranslation("admin-mailboxes");
  const [asking, setAsking] = useState<Action | null>(null);
  const [working, setWorking] = useState(false);
  const guard = useReauth();
  const [unlock] = useMutation(UnlockUserDocument);
  const [reset] = useMutation(ResetUserMfaDocument);
  const [remove] = useMutation(DeleteMailboxDocument, {
    update: (cache, { data }) => {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: "AdminUserView", id: data.deleteMailbox.deletedUserId }) });
      cache.evict({ id: cache.identify({ __typename: "Mailbox", id: data.deleteMailbox.deletedUserId }) });
      cache.gc();
    },
  });
  const variables = { userId: user.id };

  /**
   * Runs the confirmed action (each weakens the user's protection, so the service may ask the admin
   * to confirm it's them first), then reloads what shows the user before the dialog closes.
   */
  async function run(action: Action) {
    setWorking(true);
    let result: ActionResult | null = null;
    try {
      if (action === "unlock") {
        if (await guard(() => unlock({ variables }))) {
          result = { tone: "success", text: t("actions.unlocked", { username: user.username }) };
          await settle(onChanged?.());
        }
      } else if (action === "reset") {
        if (await guard(() => reset({ variables }))) {
          result = { tone: "success", text: t("actions.reset", { username: user.username }) };
          await settle(onChanged?.());
        }
      } else if (await guard(() => remove({ variables }))) {
        result = { tone: "success", text: t("actions.deleted", { username: user.username }) };
        await settle(onDeleted?.());
      }
    } catch (error) {
      result = { tone: "error", text: errorMessage(error) };
    }
    setWorking(false);
    setAsking(null);
    if (result) onResult(result);
  }

  return (
    <div className="mailbox-actions">
      {user.locked && (
        <Button variant="primary" onClick={() => setAsking("unlock")} disabled={working} aria-describedby={describedBy}>
          {t("actions.unlock")}
        </Button>
      )}
      <Button variant="secondary" onClick={() => setAsking("reset")} disabled={working} aria-describedby={describedBy}>
        {t("actions.resetMfa")}
      </Button>
      {user.isMailbox && (
        <Button variant="secondary" className="mailbox-actions__delete" onClick={() => setAsking("delete")} disabled={working} aria-describedby={describedBy}>
          {t("actions.delete")}
        </Button>
      )}
      <ConfirmDialog
        open={asking === "unlock"}
        title={t("actions.unlockTitle", { username: user.username })}
        tone="primary"
        busy={working}
        onConfirm={() => void run("unlock")}
        onCancel={() => setAsking(null)}
      >
        <p>{t("actions.unlockText")}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === "reset"}
        title={t("actions.resetTitle", { username: user.username })}
        busy={working}
        onConfirm={() => void run("reset")}
        onCancel={() => setAsking(null)}
      >
        <p>{t("actions.resetText", { devices: counted(user.devices, "verifiedDevice") })}</p>
        <p>{t("actions.resetAgain")}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === "delete"}
        title={t("actions.deleteTitle", { username: user.username })}
        busy={working}
        onConfirm={() => void run("delete")}
        onCancel={() => setAsking(null)}
      >
        <p>{t("actions.deleteText")}</p>
      </ConfirmDialog>
    </div>
  );
}
