import { SignInPage } from "../features/sign-in/SignInPage";

/** The console's pages. Only sign-in exists so far; routing arrives with the second page. */
export function App() {
  return <SignInPage />;
}
