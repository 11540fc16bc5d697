import { useEditorContext } from "@graphiql/react";
import { useEffect, useRef } from "react";

/**
 * One header panel for every tab. GraphiQL keeps headers per tab, so a token pasted while on the sign-in tab would
 * be missing on the others; this keeps what the user last typed (not what a tab switch loaded) and puts it back in
 * the panel whenever another tab opens. Rendered inside <GraphiQL>, where the editors live.
 */
export function SharedHeaders({ initial }: { initial: string }): null {
  const { headerEditor, activeTabIndex } = useEditorContext({ nonNull: true });
  const shared = useRef(initial);

  useEffect(() => {
    if (!headerEditor) return;
    const editor = headerEditor;
    // CodeMirror marks what setValue wrote (a tab switch): everything else the user typed or pasted.
    const typed = (_: unknown, change: { origin?: string }) => {
      if (change.origin !== "setValue") shared.current = editor.getValue();
    };
    editor.on("change", typed);
    return () => editor.off("change", typed);
  }, [headerEditor]);

  useEffect(() => {
    if (headerEditor && headerEditor.getValue() !== shared.current) headerEditor.setValue(shared.current);
  }, [headerEditor, activeTabIndex]);

  return null;
}

/**
 * GraphiQL 4 opens its first tab with that tab's query but empty variables (its own tab switches load both):
 * fills the variables editor from the active tab when it starts empty.
 */
export function OpeningTabVariables(): null {
  const { variableEditor, tabs, activeTabIndex } = useEditorContext({ nonNull: true });
  const variables = tabs[activeTabIndex]?.variables;
  useEffect(() => {
    if (variableEditor && variables && variableEditor.getValue() === "") variableEditor.setValue(variables);
    // Only when the editor appears: later edits (even clearing it) are the user's.
  }, [variableEditor]);
  return null;
}
