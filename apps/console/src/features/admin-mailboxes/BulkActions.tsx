import { useMutation } from "@apollo/client/react";
import { Button, ConfirmDialog, SelectField } from "@mfa/ui";
import { useState } from "react";
import { graphql } from "../../gql";
import type { MfaStatus } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";
import { useReauth } from "../reauth/ReauthProvider";
import { bulkChoices, bulkSummary, confirmLabel, confirmTitle } from "./bulk";
import { counted, settle, type ActionResult } from "./status";
import { useTranslation } from "react-i18next";

const BulkMailboxActionDocument = graphql(`
  mutation BulkMailboxAction($input: BulkMailboxActionInput!) {
    bulkMailboxAction(input: $input) {
      requested
      succeeded
      moreMatching
      refused {
        userId
        username
        code
      }
    }
  }
`);

export interface BulkActionsProps {
  domainId: string;
  /** The selected mailboxes, or null for "all matching the filter". */
  userIds: readonly string[] | null;
  /** How many the action is for (the selection, or the filter's total). */
  count: number;
  filter: { mfaStatus: MfaStatus | null; search: string | null };
  onResult: (result: ActionResult) => void;
  onDone: () => Promise<unknown> | void;
}

/** The action bar over a selection: pick an action, confirm it with the count, see what was done and refused. */
export function BulkActions({ domainId, userIds, count, filter, onResult, onDone }: BulkActionsProps) {
  const { t } = useTranslation("admin-mailboxes");
  const choices = bulkChoices();
  const [value, setValue] = useState(choices[0]?.value ?? "UNLOCK");
  const [asking, setAsking] = useState(false);
  const [run, { loading }] = useMutation(BulkMailboxActionDocument);
  const guard = useReauth();
  const choice = (choices.find((c) => c.value === value) ?? choices[0])?.choice ?? { action: "UNLOCK" as const, level: null };

  async function confirm() {
    try {
      const input = { domainId, action: choice.action, level: choice.level, ...(userIds ? { userIds: [...userIds] } : { filter }) };
      const result = await guard(() => run({ variables: { input } }));
      setAsking(false);
      if (!result?.data) return;
      const answer = result.data.bulkMailboxAction;
      onResult({ tone: answer.refused.length > 0 ? "error" : "success", text: bulkSummary(answer) });
      await settle(onDone());
    } catch (error) {
      setAsking(false);
      onResult({ tone: "error", text: errorMessage(error) });
    }
  }

  return (
    <div className="bulk-bar" role="group" aria-label={t("bulk.groupLabel")}>
      <span className="bulk-bar__count">{t("bulk.selected", { mailboxes: counted(count, "mailbox") })}</span>
      <SelectField label={t("bulk.action")} value={value} onChange={(event) => setValue(event.currentTarget.value)} className="bulk-bar__select">
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </SelectField>
      <Button onClick={() => setAsking(true)} disabled={count === 0}>
        {t("bulk.apply")}
      </Button>
      <ConfirmDialog
        open={asking}
        title={confirmTitle(choice, count)}
        confirmLabel={confirmLabel(choice, count)}
        tone={(choice.action === "SET_OVERRIDE" && choice.level === "REQUIRED") || choice.action === "SEND_REMINDER" ? "primary" : "danger"}
        busy={loading}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      >
        {t("bulk.note")}
      </ConfirmDialog>
    </div>
  );
}
