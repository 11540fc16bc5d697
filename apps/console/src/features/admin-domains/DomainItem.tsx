import { Button } from "@mfa/ui";
import { useId, useRef } from "react";
import { graphql } from "../../gql";
import { Link } from "../../lib/router";
import { PolicyBadge } from "../admin-shared/PolicyBadge";
import { CoverageBar } from "./CoverageBar";
import { DeleteDomain } from "./DeleteDomain";
import type { DomainNode } from "./domain-tree";
import { countBelow } from "./domain-tree";
import { PolicyPanel } from "./PolicyPanel";
import { RememberDaysForm } from "./RememberDaysForm";
import { useTranslation } from "react-i18next";

export const DomainItemFragment = graphql(`
  fragment DomainItem_domain on Domain {
    id
    name
    parentId
    policy
    enforceFrom
    rememberBrowserDays
    coverage {
      mailboxes
      enrolled
      locked
      passkeys
    }
  }
`);

export interface DomainItemProps {
  node: DomainNode;
  /** The domain whose policy panel is open (one at a time). */
  openId: string | null;
  onOpen: (id: string | null) => void;
  /** After a policy save or a delete; the message says what changed. */
  onSaved: (message: string) => void;
}

/** One domain of the tree: its policy, its coverage, its actions, then its sub-domains. */
export function DomainItem({ node, openId, onOpen, onSaved }: DomainItemProps) {
  const { t } = useTranslation("admin-domains");
  const { domain, children, deeper } = node;
  const nameId = useId();
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const open = openId === domain.id;
  const Heading = node.depth === 0 ? "h2" : "h3";

  function close() {
    onOpen(null);
    toggle.current?.focus();
  }

  return (
    <li className="domain-tree__item">
      <div className="domain">
        <div className="domain__head">
          <Heading id={nameId} className="domain__name">
            {domain.name}
          </Heading>
          <span className="domain__policy">
            {t("item.policy")} <PolicyBadge policy={domain.policy} enforceFrom={domain.enforceFrom} />
          </span>
        </div>
        <CoverageBar domainName={domain.name} coverage={domain.coverage} />
        <div className="domain__actions">
          <Link to={`/admin/mailboxes?domain=${encodeURIComponent(domain.id)}`} className="domain__link" aria-label={t("item.mailboxesLabel", { domain: domain.name })}>
            {t("item.mailboxes")}
          </Link>
          <Button
            ref={toggle}
            variant="secondary"
            aria-expanded={open}
            aria-controls={open ? panelId : undefined}
            aria-describedby={nameId}
            onClick={() => onOpen(open ? null : domain.id)}
          >
            {t("item.changePolicy")}
          </Button>
          <DeleteDomain domain={domain} mailboxes={domain.coverage.mailboxes} subDomains={countBelow(node)} describedBy={nameId} onDeleted={onSaved} />
        </div>
        {open && (
          <PolicyPanel
            id={panelId}
            domain={domain}
            childCount={countBelow(node)}
            onCancel={close}
            onSaved={(message) => {
              onSaved(message);
              close();
            }}
          />
        )}
        {open && (
          <RememberDaysForm
            domain={domain}
            onSaved={(message) => {
              onSaved(message);
              close();
            }}
          />
        )}
      </div>
      {deeper > 0 && (
        <p className="domain-tree__more">
          {deeper} more sub-domain{deeper === 1 ? "" : "s"} below {domain.name} (not shown at this depth).
        </p>
      )}
      {children.length > 0 && (
        <ul className="domain-tree domain-tree--nested" aria-label={t("item.subLabel", { domain: domain.name })}>
          {children.map((child) => (
            <DomainItem key={child.domain.id} node={child} openId={openId} onOpen={onOpen} onSaved={onSaved} />
          ))}
        </ul>
      )}
    </li>
  );
}
