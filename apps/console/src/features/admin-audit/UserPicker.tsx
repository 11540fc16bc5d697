import { useQuery } from "@apollo/client/react";
import { TextField } from "@mfa/ui";
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { graphql } from "../../gql";
import "./user-picker.css";
import { useTranslation } from "react-i18next";

/** Mailboxes of every domain whose address or name starts with the typed text (the mailboxes search). */
export const AuditUserSearchDocument = graphql(`
  query AuditUserSearch($search: String!) {
    mailboxes(filter: { search: $search }, first: 8) {
      nodes {
        id
        username
        displayName
      }
    }
  }
`);

const TYPING_DELAY_MS = 200;

export interface PickedUser {
  id: string;
  username: string;
}

export interface UserPickerProps {
  /** The chosen user, or null. */
  value: PickedUser | null;
  onChange: (user: PickedUser | null) => void;
}

/**
 * "User": a combobox that finds a mailbox by the start of its address or name across all domains, as the
 * mailboxes search does. Arrow keys move through the suggestions, Enter picks one, Escape closes them.
 */
export function UserPicker({ value, onChange }: UserPickerProps) {
  const { t } = useTranslation("admin-audit");
  const listId = `${useId()}-list`;
  const [text, setText] = useState(value?.username ?? "");
  const [search, setSearch] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => setText(value?.username ?? ""), [value?.username]);
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const typing = search !== "" && search !== value?.username;
  const { data, loading, error } = useQuery(AuditUserSearchDocument, { variables: { search }, skip: !typing });
  const options = typing ? (data?.mailboxes.nodes ?? []) : [];
  const expanded = open && typing && (options.length > 0 || !loading);

  function pick(index: number) {
    const option = options[index];
    if (!option) return;
    onChange({ id: option.id, username: option.username });
    setText(option.username);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && options.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % options.length);
    } else if (event.key === "ArrowUp" && options.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
    } else if (event.key === "Enter" && expanded && active >= 0) {
      event.preventDefault();
      pick(active);
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  }

  return (
    <div className="user-picker">
      <TextField
        label={t("picker.label")}
        hint={t("picker.hint")}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          setOpen(true);
          setActive(-1);
          if (value && next !== value.username) onChange(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={t("picker.listLabel")} className="user-picker__list" hidden={!expanded}>
        {options.map((option, index) => (
          <li
            key={option.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="user-picker__option"
            // Chosen before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(index);
            }}
          >
            <span>{option.username}</span>
            {option.displayName && <span className="user-picker__name">{option.displayName}</span>}
          </li>
        ))}
        {expanded && options.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="user-picker__none">
            {error ? t("picker.failed") : t("picker.none", { search })}
          </li>
        )}
      </ul>
    </div>
  );
}
