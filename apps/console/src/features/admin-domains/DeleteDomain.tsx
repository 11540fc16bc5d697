import { useMutation } from "@apollo/client/react";
import { Alert, Button, ConfirmDialog } from "@mfa/ui";
import { useState } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { useReauth } from "../reauth/ReauthProvider";
import { useTranslation } from "react-i18next";
import { i18n } from "../../i18n/i18n";
import { formatList } from "../../lib/format";

export const DeleteDomainDocument = graphql(`
  mutation DeleteDomain($id: ID!) {
    deleteDomain(id: $id) {
      deletedDomainId
    }
  }
`);

/** Why a domain cannot be deleted yet (and what to do first), or null when it is empty. */
export function whyNotDeletable(mailboxes: number, subDomains: number): string | null {
  const steps = [
    mailboxes > 0 ? i18n.t("admin-domains:delete.mailboxes", { count: mailboxes }) : null,
    subDomains > 0 ? i18n.t("admin-domains:delete.subDomains", { count: subDomains }) : null,
  ].filter((step) => step !== null);
  return steps.length === 0 ? null : i18n.t("admin-domains:delete.first", { steps: formatList(steps) });
}

export interface DeleteDomainProps {
  domain: { id: string; name: string };
  mailboxes: number;
  /** Domains below this one, at every level. */
  subDomains: number;
  /** Id of the element that names the domain: the button is described by it. */
  describedBy?: string;
  /** After the delete and the tree's reload; the message says what was deleted. */
  onDeleted: (message: string) => void;
}

/**
 * "Delete domain", offered for an empty domain only (for another, the reason it cannot be deleted), confirmed
 * first. A delete may ask the admin to confirm it's them; a refusal is shown in the dialog and the tree is
 * reloaded (it was out of date).
 */
export function DeleteDomain({ domain, mailboxes, subDomains, describedBy, onDeleted }: DeleteDomainProps) {
  const { t } = useTranslation("admin-domains");
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const guard = useReauth();
  const [remove, { loading, client }] = useMutation(DeleteDomainDocument, { refetchQueries: ["DomainsPage"], awaitRefetchQueries: true });
  const reason = whyNotDeletable(mailboxes, subDomains);

  async function run() {
    setProblem(null);
    try {
      const done = await guard(() => remove({ variables: { id: domain.id } }));
      if (!done) return;
      setAsking(false);
      onDeleted(t("delete.deleted", { domain: domain.name }));
    } catch (error) {
      setProblem(error);
      void client.refetchQueries({ include: ["DomainsPage"] }).catch(() => {});
    }
  }

  function close() {
    setAsking(false);
    setProblem(null);
  }

  return (
    <>
      {reason === null ? (
        <Button variant="secondary" className="domain__delete" onClick={() => setAsking(true)} aria-describedby={describedBy}>
          {t("delete.button")}
        </Button>
      ) : (
        <p className="domain__note">{reason}</p>
      )}
      <ConfirmDialog open={asking} title={t("delete.title", { domain: domain.name })} confirmLabel={t("delete.button")} busy={loading} onConfirm={() => void run()} onCancel={close}>
        <p>{t("delete.text")}</p>
        {problem !== null && (
          <Alert tone="error" className="domain__delete-error">
            <p>{errorMessage(problem)}</p>
          </Alert>
        )}
      </ConfirmDialog>
    </>
  );
}
