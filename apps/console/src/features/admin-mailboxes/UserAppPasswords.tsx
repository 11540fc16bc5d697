import { useMutation } from "@apollo/client/react";
import { Button, ConfirmDialog } from "@mfa/ui";
import { useState } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { useReauth } from "../reauth/ReauthProvider";
import { counted, type ActionResult } from "./status";
import { useTranslation } from "react-i18next";

const RevokeUserAppPasswordsDocument = graphql(`
  mutation RevokeUserAppPasswords($userId: ID!) {
    revokeUserAppPasswords(userId: $userId) {
      revoked
    }
  }
`);

/** How many app passwords (for mail clients) a user has, and "Revoke app passwords" after a confirmation. */
export function UserAppPasswords({ user, count, onResult, onRevoked }: { user: { id: string; username: string }; count: number; onResult: (result: ActionResult) => void; onRevoked: () => void }) {
  const { t } = useTranslation("admin-mailboxes");
  const [asking, setAsking] = useState(false);
  const guard = useReauth();
  const [revoke, { loading }] = useMutation(RevokeUserAppPasswordsDocument);

  async function run() {
    setAsking(false);
    try {
      if (await guard(() => revoke({ variables: { userId: user.id } }))) {
        onResult({ tone: "success", text: t("appPasswords.revoked", { username: user.username }) });
        onRevoked();
      }
    } catch (error) {
      onResult({ tone: "error", text: errorMessage(error) });
    }
  }

  return (
    <div className="mailbox-actions">
      <p>{count > 0 ? t("appPasswords.some", { passwords: counted(count, "appPassword") }) : t("appPasswords.none")}</p>
      {count > 0 && (
        <Button variant="secondary" onClick={() => setAsking(true)} loading={loading}>
          {t("appPasswords.revoke")}
        </Button>
      )}
      <ConfirmDialog open={asking} title={t("appPasswords.title", { username: user.username })} confirmLabel={t("appPasswords.revoke")} busy={loading} onConfirm={() => void run()} onCancel={() => setAsking(false)}>
        <p>{t("appPasswords.text")}</p>
      </ConfirmDialog>
    </div>
  );
}
