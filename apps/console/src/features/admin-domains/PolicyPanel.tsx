import { useApolloClient, useMutation } from "@apollo/client/react";
import { Alert, Button, Checkbox, Spinner } from "@mfa/ui";
import { useEffect, useRef, useState } from "react";
import { graphql } from "../../gql";
import type { DomainItem_DomainFragment, PolicyImpactQuery, PolicyLevel } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";
import { POLICY_LABEL } from "../admin-shared/policy";
import { PolicyChoice } from "../admin-shared/PolicyChoice";
import { PolicySaveError } from "../admin-shared/PolicySaveError";
import { useReauth } from "../reauth/ReauthProvider";
import { ImpactSummary } from "./ImpactSummary";

export const PolicyImpactDocument = graphql(`
  query PolicyImpact($domainId: ID!, $policy: PolicyLevel!, $includeChildren: Boolean!) {
    policyImpact(domainId: $domainId, policy: $policy, includeChildren: $includeChildren) {
      affected
      loggedOut {
        count
        sample
      }
      mustEnrol {
        count
        sample
      }
    }
  }
`);

export const SetDomainMfaPolicyDocument = graphql(`
  mutation SetDomainMfaPolicy($input: SetDomainMfaPolicyInput!) {
    setDomainMfaPolicy(input: $input) {
      domains {
        id
        policy
      }
      revokedSessions
    }
  }
`);

export interface PolicyPanelProps {
  id: string;
  domain: DomainItem_DomainFragment;
  /** Domains below this one (the "also apply" choice is offered when there are any). */
  childCount: number;
  onCancel: () => void;
  /** After a save; the message says what changed. */
  onSaved: (message: string) => void;
}

type Preview = { policy: PolicyLevel; includeChildren: boolean; impact: PolicyImpactQuery["policyImpact"] };

/**
 * Changes a domain's policy in two steps: "Preview" asks the service who would be signed out or
 * have to enrol, and only the preview of the current choice offers "Save policy".
 */
export function PolicyPanel({ id, domain, childCount, onCancel, onSaved }: PolicyPanelProps) {
  const client = useApolloClient();
  const [policy, setPolicy] = useState<PolicyLevel>(domain.policy);
  const [includeChildren, setIncludeChildren] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [problem, setProblem] = useState<{ error: unknown; saving: boolean } | null>(null);
  const guard = useReauth();
  const [save, { loading: saving }] = useMutation(SetDomainMfaPolicyDocument, {
    refetchQueries: ["DomainsPage"],
    awaitRefetchQueries: true,
  });

  const impactRef = useRef<HTMLDivElement>(null);

  // A fresh preview takes focus, so it is read before "Save policy" is reached.
  useEffect(() => {
    if (preview) impactRef.current?.focus();
  }, [preview]);

  const unchanged = policy === domain.policy && !includeChildren;
  const current = preview && preview.policy === policy && preview.includeChildren === includeChildren ? preview : null;
  const scope = includeChildren ? `${domain.name} and ${childCount} sub-domain${childCount === 1 ? "" : "s"}` : domain.name;

  async function runPreview() {
    setProblem(null);
    setPreviewing(true);
    try {
      const { data } = await client.query({
        query: PolicyImpactDocument,
        variables: { domainId: domain.id, policy, includeChildren },
        fetchPolicy: "network-only",
      });
      if (data) setPreview({ policy, includeChildren, impact: data.policyImpact });
    } catch (error) {
      setProblem({ error, saving: false });
    } finally {
      setPreviewing(false);
    }
  }

  async function runSave() {
    if (!current) return;
    setProblem(null);
    try {
      const result = await guard(() => save({ variables: { input: { domainId: domain.id, policy, includeChildren } } }));
      // Undefined: the admin did not confirm it was them (a weakening change needs a fresh proof).
      if (!result) return;
      const revoked = result.data?.setDomainMfaPolicy.revokedSessions ?? 0;
      onSaved(
        `${scope} ${includeChildren ? "are" : "is"} now ${POLICY_LABEL[policy]}.` +
          (revoked > 0 ? ` ${revoked} session${revoked === 1 ? " was" : "s were"} signed out.` : ""),
      );
    } catch (error) {
      setProblem({ error, saving: true });
    }
  }

  return (
    <form
      id={id}
      className="policy-panel"
      aria-label={`Change the MFA policy of ${domain.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        void (current ? runSave() : runPreview());
      }}
    >
      <PolicyChoice legend={`MFA policy for ${domain.name}`} audience="mailboxes" value={policy} onChange={setPolicy} disabled={saving} />
      {childCount > 0 && (
        <Checkbox
          label="Also apply to child domains"
          hint={`Sets the same policy on the ${childCount} domain${childCount === 1 ? "" : "s"} below ${domain.name}. Otherwise they keep their own.`}
          checked={includeChildren}
          onChange={(event) => setIncludeChildren(event.currentTarget.checked)}
          disabled={saving}
        />
      )}
      {previewing && <Spinner label="Working out who is affected" showLabel />}
      {current && !previewing && (
        <div ref={impactRef} tabIndex={-1} className="policy-panel__preview">
          <ImpactSummary impact={current.impact} policy={policy} domains={scope} />
        </div>
      )}
      {problem && (problem.saving ? <PolicySaveError error={problem.error} /> : <Alert tone="error">{errorMessage(problem.error)}</Alert>)}
      {unchanged && <p className="policy-panel__hint">{POLICY_LABEL[policy]} is the current policy: choose another to preview the change.</p>}
      <div className="policy-panel__actions">
        {current ? (
          <Button key="save" type="submit" loading={saving}>
            Save policy
          </Button>
        ) : (
          <Button key="preview" type="submit" loading={previewing} disabled={unchanged}>
            Preview
          </Button>
        )}
        <Button variant="secondary" onClick={onCancel} disabled={saving}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
