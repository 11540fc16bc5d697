import { Alert } from "@mfa/ui";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { useTranslation } from "react-i18next";
import { i18n } from "../../i18n/i18n";
import { formatList } from "../../lib/format";

const SharedPhonesFragment = graphql(`
  fragment SharedPhones_flag on SharedPhoneNumber {
    deviceId
    maskedPhone
    mailboxesInAccount
    inOtherAccounts
    reasons
  }
`);

function sentence(flag: { maskedPhone: string; mailboxesInAccount: number; inOtherAccounts: boolean }): string {
  const here = flag.mailboxesInAccount > 1 ? i18n.t("admin-mailboxes:shared.here", { count: flag.mailboxesInAccount }) : null;
  const elsewhere = flag.inOtherAccounts ? i18n.t("admin-mailboxes:shared.elsewhere") : null;
  return i18n.t("admin-mailboxes:shared.sentence", { phone: flag.maskedPhone, where: formatList([here, elsewhere].filter((w) => w !== null)) });
}

/**
 * The admin's warning on a user whose recovery number is shared: whoever holds that phone can pass the second step
 * of every mailbox that has it. Nothing when no number is flagged.
 */
export function SharedPhones({ flags }: { flags: readonly FragmentType<typeof SharedPhonesFragment>[] }) {
  const list = flags.map((f) => getFragmentData(SharedPhonesFragment, f));
  const { t } = useTranslation("admin-mailboxes");
  if (list.length === 0) return null;
  return (
    <Alert tone="warning" title={t("shared.title")}>
      <ul className="shared-phones">
        {list.map((flag) => (
          <li key={flag.deviceId}>{sentence(flag)}</li>
        ))}
      </ul>
      <p>{t("shared.text")}</p>
    </Alert>
  );
}
