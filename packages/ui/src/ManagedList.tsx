import type { ReactNode } from "react";

/** A list of things a person manages on their security page (sessions, browsers, app passwords), named for screen readers. */
export function ManagedList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ul className="ui-managed-list" aria-label={label}>
      {children}
    </ul>
  );
}

interface ManagedItemProps {
  /** The item's name (with its badges). */
  title: ReactNode;
  /** Lines of detail under the name, muted. */
  details: readonly ReactNode[];
  /** What can be done with it (a button), at the end of the row. */
  action?: ReactNode;
}

/** One row of a ManagedList: its name as a heading, its details, and its action beside them (below on a narrow screen). */
export function ManagedItem({ title, details, action }: ManagedItemProps) {
  return (
    <li className="ui-managed-list__item">
      <div className="ui-managed-list__text">
        <h3 className="ui-managed-list__name">{title}</h3>
        {details.map((detail, index) => (
          <p key={index} className="ui-managed-list__meta">
            {detail}
          </p>
        ))}
      </div>
      {action}
    </li>
  );
}
