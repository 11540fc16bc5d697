import { Button, Card, PageHeader } from "@mfa/ui";
import { useNotice } from "../../lib/notice";
import { Link, navigate, usePage } from "../../lib/router";
import { useSession } from "../../lib/session";
import { PhoneSetup } from "./PhoneSetup";
import { TotpSetup } from "./TotpSetup";
import "./setup.css";

export type SetupMethod = "authenticator" | "phone";

export interface SetupPageProps {
  method?: SetupMethod;
  /** MFA is required and nothing is set up yet: this wizard is the only way on. */
  forced: boolean;
}

const TITLES: Record<SetupMethod | "choose", string> = {
  choose: "Choose your multi-factor authentication method",
  authenticator: "Set up an authenticator app",
  phone: "Set up a phone",
};

/** The setup wizard: choose a method, then set up an authenticator app or a phone. */
export function SetupPage({ method, forced }: SetupPageProps) {
  const title = TITLES[method ?? "choose"];
  const headingRef = usePage(title);
  const { refresh } = useSession();
  const { showNotice } = useNotice();

  async function finished(deviceName: string) {
    if (forced) {
      showNotice({ path: "/security", message: "Multi-factor authentication is set up.", offerRecoveryCodes: true });
      // Verifying the device turned the setup-only session into a full one.
      await refresh();
    } else {
      showNotice({ path: "/security", message: `“${deviceName}” is verified and ready to use.`, offerRecoveryCodes: true });
    }
    navigate("/security");
  }

  const description = forced
    ? "Your administrator requires multi-factor authentication. Set up a device to continue."
    : method
      ? undefined
      : "Add a second way to prove it’s you when you sign in.";
  const back = method ? (forced ? "/setup" : "/security") : forced ? null : "/security";

  return (
    <div className="setup">
      <PageHeader headingRef={headingRef} title={title} description={description} />
      <Card>
        {method === "authenticator" && <TotpSetup offerDefault={!forced} onDone={finished} />}
        {method === "phone" && <PhoneSetup offerDefault={!forced} onDone={finished} />}
        {!method && <MethodChoice />}
      </Card>
      {back && (
        <p className="setup__back">
          <Link to={back}>{method && forced ? "Choose another method" : "Cancel and go back to Security"}</Link>
        </p>
      )}
    </div>
  );
}

function MethodChoice() {
  return (
    <ul className="setup-methods">
      <li className="setup-methods__option">
        <h2 className="setup-methods__title">Authenticator app</h2>
        <p>
          A 6-digit code from an app such as Google Authenticator, Microsoft Authenticator or Authy. Works without a
          phone signal. Recommended.
        </p>
        <Button onClick={() => navigate("/setup/authenticator")}>Use an authenticator</Button>
      </li>
      <li className="setup-methods__option">
        <h2 className="setup-methods__title">Text message</h2>
        <p>A code sent by text message to your mobile phone each time you sign in.</p>
        <Button onClick={() => navigate("/setup/phone")}>Use a phone</Button>
      </li>
    </ul>
  );
}
