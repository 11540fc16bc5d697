import { useApolloClient, useMutation } from "@apollo/client/react";
import { Alert, Button, Checkbox, Spinner, TextField } from "@mfa/ui";
import { useEffect, useRef, useState } from "react";
import { graphql } from "../../gql";
import type { DomainItem_DomainFragment, PolicyImpactQuery, PolicyLevel } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";
import { formatDate } from "../../lib/format";
import { deadlineOf, deadlineInputValue } from "./deadline";
import { policyLabel } from "../admin-shared/policy";
import { PolicyChoice } from "../admin-shared/PolicyChoice";
import { PolicySaveError } from "../admin-shared/PolicySaveError";
import { useReauth } from "../reauth/ReauthProvider";
import { ImpactSummary } from "./ImpactSummary";
import { useTranslation } from "react-i18next";

export const PolicyImpactDocument = graphql(`
  query PolicyImpact($domainId: ID!, $policy: PolicyLevel!, $includeChildren: Boolean!, $enforceFrom: DateTimeISO) {
    policyImpact(domainId: $domainId, policy: $policy, includeChildren: $includeChildren, enforceFrom: $enforceFrom) {
      affected
      enforceFrom
      loggedOut {
        count
        sample
      }
      mustEnrol {
        count
        sample
      }
      saveRefusal
    }
  }
`);

export const SetDomainMfaPolicyDocument = graphql(`
  mutation SetDomainMfaPolicy($input: SetDomainMfaPolicyInput!) {
    setDomainMfaPolicy(input: $input) {
      domains {
        id
        policy
        enforceFrom
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

type Preview = { policy: PolicyLevel; includeChildren: boolean; deadline: string | null; impact: PolicyImpactQuery["policyImpact"] };

/**
 * Changes a domain's policy in two steps: "Preview" asks the service who would be signed out or
 * have to enrol, and only the preview of the current choice offers "Save policy".
 */
export function PolicyPanel({ id, domain, childCount, onCancel, onSaved }: PolicyPanelProps) {
  const { t } = useTranslation("admin-domains");
  const client = useApolloClient();
  const [policy, setPolicy] = useState<PolicyLevel>(domain.policy);
  const [includeChildren, setIncludeChildren] = useState(false);
  // The day Force-On takes full effect (yyyy-mm-dd, the admin's own calendar); empty: now.
  const [day, setDay] = useState(deadlineInputValue(domain.enforceFrom));
  const deadline = policy === "REQUIRED" ? deadlineOf(day) : null;
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

  const unchanged = policy === domain.policy && deadline === (domain.policy === "REQUIRED" ? (domain.enforceFrom ?? null) : null) && !includeChildren;
  const current = preview && preview.policy === policy && preview.includeChildren === includeChildren && preview.deadline === deadline ? preview : null;
  const scope = includeChildren ? t("panel.scope", { domain: domain.name, count: childCount }) : domain.name;

  async function runPreview() {
    setProblem(null);
    setPreviewing(true);
    try {
      const { data } = await client.query({
        query: PolicyImpactDocument,
        variables: { domainId: domain.id, policy, includeChildren, enforceFrom: deadline },
        fetchPolicy: "network-only",
      });
      if (data) setPreview({ policy, includeChildren, deadline, impact: data.policyImpact });
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
      const result = await guard(() => save({ variables: { input: { domainId: domain.id, policy, includeChildren, enforceFrom: deadline } } }));
      // Undefined: the admin did not confirm it was them (a weakening change needs a fresh proof).
      if (!result) return;
      const revoked = result.data?.setDomainMfaPolicy.revokedSessions ?? 0;
      const saved = deadline
        ? t(includeChildren ? "panel.savedManyFrom" : "panel.savedOneFrom", { scope, policy: policyLabel(policy), date: formatDate(deadline) })
        : t(includeChildren ? "panel.savedMany" : "panel.savedOne", { scope, policy: policyLabel(policy) });
      onSaved(revoked > 0 ? `${saved} ${t("panel.revoked", { count: revoked })}` : saved);
    } catch (error) {
      setProblem({ error, saving: true });
    }
  }

  return (
    <form
      id={id}
      className="policy-panel"
      aria-label={t("panel.formLabel", { domain: domain.name })}
      onSubmit={(event) => {
        event.preventDefault();
        void (current ? runSave() : runPreview());
      }}
    >
      <PolicyChoice legend={t("panel.legend", { domain: domain.name })} audience="mailboxes" value={policy} onChange={setPolicy} disabled={saving} />
      {policy === "REQUIRED" && (
        <TextField
          label={t("panel.deadline")}
          hint={t("panel.deadlineHint")}
          type="date"
          value={day}
          min={deadlineInputValue(new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString())}
          onChange={(event) => setDay(event.currentTarget.value)}
          disabled={saving}
        />
      )}
      {childCount > 0 && (
        <Checkbox
          label={t("panel.children")}
          hint={t("panel.childrenHint", { count: childCount, domain: domain.name })}
          checked={includeChildren}
          onChange={(event) => setIncludeChildren(event.currentTarget.checked)}
          disabled={saving}
        />
      )}
      {previewing && <Spinner label={t("panel.working")} showLabel />}
      {current && !previewing && (
        <div ref={impactRef} tabIndex={-1} className="policy-panel__preview">
          <ImpactSummary impact={current.impact} policy={policy} domains={scope} />
          {/* The service would refuse the save: say so now, while the choice is still here. */}
          {current.impact.saveRefusal && <PolicySaveError reason={current.impact.saveRefusal} />}
        </div>
      )}
      {problem && (problem.saving ? <PolicySaveError error={problem.error} /> : <Alert tone="error">{errorMessage(problem.error)}</Alert>)}
      {unchanged && <p className="policy-panel__hint">{t("panel.current", { policy: policyLabel(policy) })}</p>}
      <div className="policy-panel__actions">
        {current ? (
          <Button key="save" type="submit" loading={saving} disabled={current.impact.saveRefusal !== null}>
            {t("panel.save")}
          </Button>
        ) : (
          <Button key="preview" type="submit" loading={previewing} disabled={unchanged}>
            {t("panel.preview")}
          </Button>
        )}
        <Button variant="secondary" onClick={onCancel} disabled={saving}>
          {t("panel.cancel")}
        </Button>
      </div>
    </form>
  );
}
