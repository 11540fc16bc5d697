import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Badge, Button, ConfirmDialog, ManagedItem, ManagedList, Spinner } from "@mfa/ui";
import { graphql } from "../../gql";
import type { MyRememberedBrowsersQuery } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";
import { formatDateTime } from "../../lib/format";
import { useConfirmedAction } from "../../lib/use-confirmed-action";
import "./remembered-browsers.css";
import { useTranslation } from "react-i18next";

export const MyRememberedBrowsersDocument = graphql(`
  query MyRememberedBrowsers {
    myRememberedBrowsers {
      id
      name
      firstUsedAt
      lastUsedAt
      expiresAt
      current
    }
  }
`);

export const ForgetRememberedBrowserDocument = graphql(`
  mutation ForgetRememberedBrowser($id: ID!) {
    forgetRememberedBrowser(id: $id) {
      forgotten
      browsers {
        id
        name
        firstUsedAt
        lastUsedAt
        expiresAt
        current
      }
    }
  }
`);

export const ForgetAllRememberedBrowsersDocument = graphql(`
  mutation ForgetAllRememberedBrowsers {
    forgetAllRememberedBrowsers {
      forgotten
    }
  }
`);

type Browser = MyRememberedBrowsersQuery["myRememberedBrowsers"][number];
type Asking = { kind: "one"; browser: Browser } | { kind: "all" };

/** Security › "Remembered browsers": the browsers that skip the code at sign-in; forget one, or all (confirmed). */
export function RememberedBrowsers() {
  const { t } = useTranslation("remembered-browsers");
  const { data, error, loading, refetch } = useQuery(MyRememberedBrowsersDocument, { fetchPolicy: "cache-and-network" });
  const { asking, ask, cancel, outcome, confirm } = useConfirmedAction<Asking>();
  // Each answer carries the browsers still remembered: the list shows them without asking again.
  const [forgetOne, one] = useMutation(ForgetRememberedBrowserDocument, {
    update: (cache, res) => {
      if (res.data) cache.writeQuery({ query: MyRememberedBrowsersDocument, data: { myRememberedBrowsers: res.data.forgetRememberedBrowser.browsers } });
    },
  });
  const [forgetAll, all] = useMutation(ForgetAllRememberedBrowsersDocument, {
    update: (cache, res) => {
      if (res.data) cache.writeQuery({ query: MyRememberedBrowsersDocument, data: { myRememberedBrowsers: [] } });
    },
  });
  const busy = one.loading || all.loading;

  if (!data) {
    return error ? (
      <Alert tone="error" title={t("loadFailed")}>
        <p>{errorMessage(error)}</p>
        <Button variant="secondary" onClick={() => refetch().catch(() => {})} loading={loading}>
          {t("tryAgain")}
        </Button>
      </Alert>
    ) : (
      <Spinner label={t("loading")} showLabel />
    );
  }

  const browsers = data.myRememberedBrowsers;

  const forget = async (question: Asking) => {
    if (question.kind === "one") {
      await forgetOne({ variables: { id: question.browser.id } });
      return t("forgotOne", { name: question.browser.name });
    }
    const res = await forgetAll();
    return t("forgotAll", { count: res.data?.forgetAllRememberedBrowsers.forgotten ?? 0 });
  };

  return (
    <div className="remembered">
      {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
      {browsers.length === 0 ? (
        <p className="security__hint">{t("none")}</p>
      ) : (
        <>
          <ManagedList label={t("listLabel")}>
            {browsers.map((browser) => (
              <ManagedItem
                key={browser.id}
                title={
                  <>
                    {browser.name} {browser.current && <Badge tone="accent">{t("thisBrowser")}</Badge>}
                  </>
                }
                details={[t("used", { first: formatDateTime(browser.firstUsedAt), last: formatDateTime(browser.lastUsedAt) }), t("expires", { date: formatDateTime(browser.expiresAt) })]}
                action={
                  <Button
                    variant="secondary"
                    disabled={busy}
                    onClick={() => ask({ kind: "one", browser })}
                    aria-label={t("forgetLabel", { name: browser.name, date: formatDateTime(browser.lastUsedAt) })}
                  >
                    {t("forget")}
                  </Button>
                }
              />
            ))}
          </ManagedList>
          <div className="security__actions">
            <Button variant="danger" onClick={() => ask({ kind: "all" })} disabled={busy} loading={all.loading}>
              {t("forgetAll")}
            </Button>
          </div>
        </>
      )}
      <ConfirmDialog
        open={asking !== null}
        title={asking?.kind === "one" ? t("confirmOneTitle") : t("confirmAllTitle")}
        confirmLabel={asking?.kind === "one" ? t("forget") : t("forgetAll")}
        busy={busy}
        onConfirm={() => {
          if (!busy) void confirm(forget);
        }}
        onCancel={cancel}
      >
        {asking?.kind === "one" ? (
          <p>{t("confirmOneText", { name: asking.browser.name })}</p>
        ) : (
          <p>{t("confirmAllText", { count: browsers.length })}</p>
        )}
      </ConfirmDialog>
    </div>
  );
}
