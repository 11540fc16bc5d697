import { useMutation } from "@apollo/client/react";
import { Alert, Button } from "@mfa/ui";
import { useState } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { formatDate } from "../../lib/format";
import { useNotice } from "../../lib/notice";
import { navigate } from "../../lib/router";
import { useSession } from "../../lib/session";
import { useTranslation } from "react-i18next";

export const DeferMfaSetupDocument = graphql(`
  mutation DeferMfaSetup {
    deferMfaSetup {
      enforceFrom
      remindAfter
    }
  }
`);

/**
 * "Remind me later": before the Force-On's deadline, the setup wizard may be put off once a day. The service hands
 * over a session without MFA (as the cookie) and the console carries on signed in.
 */
export function RemindLater({ enforceFrom }: { enforceFrom: string }) {
  const { t } = useTranslation("setup");
  const [defer, { loading }] = useMutation(DeferMfaSetupDocument);
  const [problem, setProblem] = useState<unknown>(null);
  const { refresh, setSetupUser } = useSession();
  const { showNotice } = useNotice();

  async function later() {
    setProblem(null);
    try {
      const result = await defer();
      const deadline = result.data?.deferMfaSetup.enforceFrom ?? enforceFrom;
      showNotice({ path: "/security", message: t("later.notice", { date: formatDate(deadline) }) });
      setSetupUser(null);
      await refresh();
      navigate("/security");
    } catch (error) {
      setProblem(error);
    }
  }

  return (
    <div className="setup__later">
      {problem !== null && <Alert tone="error">{errorMessage(problem)}</Alert>}
      <p>{t("later.text", { date: formatDate(enforceFrom) })}</p>
      <Button variant="secondary" loading={loading} onClick={() => void later()}>
        {t("later.button")}
      </Button>
    </div>
  );
}
