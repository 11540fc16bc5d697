import { createContext, use, useEffect, useMemo, useState, type ReactNode } from "react";
import { usePathname } from "./router";

/** A message for the next page ("Signed in as alice."), shown once on that page. */
export interface Notice {
  /** The page that shows it. */
  path: string;
  message: string;
  /** After a finished setup: suggest recovery codes. */
  offerRecoveryCodes?: boolean;
}

interface NoticeContextValue {
  notice: Notice | null;
  showNotice: (notice: Notice) => void;
  dismissNotice: () => void;
}

const NoticeContext = createContext<NoticeContextValue>({ notice: null, showNotice: () => {}, dismissNotice: () => {} });

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const pathname = usePathname();

  // Leaving the page the notice was meant for ends it.
  useEffect(() => {
    setNotice((current) => (current && current.path !== pathname ? null : current));
  }, [pathname]);

  const value = useMemo(() => ({ notice, showNotice: setNotice, dismissNotice: () => setNotice(null) }), [notice]);
  return <NoticeContext value={value}>{children}</NoticeContext>;
}

/** The notice for the current page, if any. */
export function useNotice(): NoticeContextValue {
  const value = use(NoticeContext);
  const pathname = usePathname();
  return value.notice && value.notice.path !== pathname ? { ...value, notice: null } : value;
}
