import { Button, TextField } from "@mfa/ui";
import { useEffect, useId, useState, type FormEvent } from "react";
import { KNOWN_ACTIONS } from "./audit-format";

export interface AuditFiltersProps {
  action: string;
  userId: string;
  onApply: (filters: { action: string; userId: string }) => void;
}

/** Filter the log by action (suggested, any text allowed) and by a user id (events by or about them). */
export function AuditFilters({ action, userId, onApply }: AuditFiltersProps) {
  const listId = useId();
  const [current, setDraft] = useState({ action, userId });
  // The applied filters changed (a link, the back button, Clear): show them.
  useEffect(() => setDraft({ action, userId }), [action, userId]);

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply({ action: current.action.trim().toUpperCase(), userId: current.userId.trim() });
  }

  return (
    <form className="admin-page__filters audit-filters" onSubmit={submit} aria-label="Filter the audit log">
      <TextField
        label="Action"
        hint="Such as MFA_RESET or LOGIN_PASSCODE_FAILED"
        list={listId}
        value={current.action}
        onChange={(event) => setDraft({ ...current, action: event.currentTarget.value })}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
      />
      <datalist id={listId}>
        {KNOWN_ACTIONS.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <TextField
        label="User ID"
        hint="Events by or about this user"
        value={current.userId}
        onChange={(event) => setDraft({ ...current, userId: event.currentTarget.value })}
        autoComplete="off"
        spellCheck={false}
      />
      <div className="audit-filters__buttons">
        <Button type="submit">Filter</Button>
        <Button variant="secondary" onClick={() => onApply({ action: "", userId: "" })}>
          Clear
        </Button>
      </div>
    </form>
  );
}
