import { useId, useRef, type KeyboardEvent, type ReactNode } from "react";
import { cx } from "./cx.js";

export interface Tab<T extends string> {
  id: T;
  /** The tab's name (its accessible name: keep it short). */
  label: ReactNode;
  /** Shown while the tab is selected; only the selected panel is rendered. */
  panel: ReactNode;
}

export interface TabsProps<T extends string> {
  /** Names the list of tabs for assistive technology. */
  label: string;
  tabs: ReadonlyArray<Tab<T>>;
  selected: T;
  onSelect: (id: T) => void;
  className?: string;
}

/**
 * Tabs as WAI-ARIA describes them: one tab stop (the selected tab), arrow keys, Home and End move
 * between tabs and select them, and the panel is labelled by its tab.
 */
export function Tabs<T extends string>({ label, tabs, selected, onSelect, className }: TabsProps<T>) {
  const baseId = useId();
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const index = Math.max(0, tabs.findIndex((tab) => tab.id === selected));
  const current = tabs[index];

  const move = (event: KeyboardEvent) => {
    const last = tabs.length - 1;
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    const target = next === undefined ? undefined : tabs[next];
    if (!target) return;
    event.preventDefault();
    onSelect(target.id);
    refs.current.get(target.id)?.focus();
  };

  return (
    <div className={cx("ui-tabs", className)}>
      <div role="tablist" aria-label={label} className="ui-tabs__list" onKeyDown={move}>
        {tabs.map((tab) => {
          const active = tab.id === current?.id;
          return (
            <button
              key={tab.id}
              ref={(el) => {
                if (el) refs.current.set(tab.id, el);
                else refs.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${tab.id}`}
              aria-selected={active}
              aria-controls={`${baseId}-panel-${tab.id}`}
              tabIndex={active ? 0 : -1}
              className={cx("ui-tabs__tab", active && "ui-tabs__tab--active")}
              onClick={() => onSelect(tab.id)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {current && (
        <div role="tabpanel" id={`${baseId}-panel-${current.id}`} aria-labelledby={`${baseId}-tab-${current.id}`} tabIndex={0} className="ui-tabs__panel">
          {current.panel}
        </div>
      )}
    </div>
  );
}
