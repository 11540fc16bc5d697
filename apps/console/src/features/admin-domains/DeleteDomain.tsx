import { useMutation } from "@apollo/client/react";
import { Alert, Button, ConfirmDialog } from "@mfa/ui";
import { useState } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { useReauth } from "../reauth/ReauthProvider";

export const DeleteDomainDocument = graphql(`
  mutation DeleteDomain($id: ID!) {
    deleteDomain(id: $id) {
      deletedDomainId
    }
  }
`);

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Why a domain cannot be deleted yet (and what to do first), or null when it is empty. */
export function whyNotDeletable(mailboxes: number, subDomains: number): string | null {
  const steps = [
    mailboxes > 0 ? `move or delete its ${counted(mailboxes, "mailbox", "mailboxes")}` : null,
    subDomains > 0 ? `delete its ${counted(subDomains, "sub-domain", "sub-domains")}` : null,
  ].filter((step) => step !== null);
  return steps.length === 0 ? null : `To delete this domain, first ${steps.join(" and ")}.`;
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
      onDeleted(`${domain.name} was deleted.`);
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
          Delete domain
        </Button>
      ) : (
        <p className="domain__note">{reason}</p>
      )}
      <ConfirmDialog open={asking} title={`Delete ${domain.name}?`} confirmLabel="Delete domain" busy={loading} onConfirm={() => void run()} onCancel={close}>
        <p>The domain and its MFA policy setting are deleted. This cannot be undone.</p>
        {problem !== null && (
          <Alert tone="error" className="domain__delete-error">
            <p>{errorMessage(problem)}</p>
          </Alert>
        )}
      </ConfirmDialog>
    </>
  );
}
