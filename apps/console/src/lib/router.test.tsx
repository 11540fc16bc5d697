import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Link, navigate, Redirect, setSearchParams, usePage, usePathname, useSearchParams } from "./router";

afterEach(cleanup);

function Where() {
  return <p data-testid="path">{usePathname()}</p>;
}

function Page({ title }: { title: string }) {
  const ref = usePage(title);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {title}
    </h1>
  );
}

describe("the router", () => {
  it("follows navigate, links and the back button", () => {
    window.history.replaceState(null, "", "/start");
    render(
      <>
        <Where />
        <Link to="/security">Security</Link>
      </>,
    );
    expect(screen.getByTestId("path").textContent).toBe("/start");

    act(() => navigate("/setup"));
    expect(screen.getByTestId("path").textContent).toBe("/setup");

    fireEvent.click(screen.getByRole("link", { name: "Security" }));
    expect(window.location.pathname).toBe("/security");
    expect(screen.getByTestId("path").textContent).toBe("/security");
    expect(screen.getByRole("link", { name: "Security" }).getAttribute("aria-current")).toBe("page");

    act(() => {
      window.history.replaceState(null, "", "/setup");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    expect(screen.getByTestId("path").textContent).toBe("/setup");
  });

  it("leaves a modified click to the browser (new tab)", () => {
    window.history.replaceState(null, "", "/start");
    let handledByRouter: boolean | undefined;
    const spy = (event: Event) => {
      handledByRouter = event.defaultPrevented;
      event.preventDefault(); // the test DOM cannot open a tab
    };
    document.addEventListener("click", spy);
    render(<Link to="/security">Security</Link>);
    fireEvent.click(screen.getByRole("link", { name: "Security" }), { ctrlKey: true });
    document.removeEventListener("click", spy);
    expect(handledByRouter).toBe(false);
    expect(window.location.pathname).toBe("/start");
  });

  it("reads and changes the query string without a new history entry, and marks links current by path", () => {
    window.history.replaceState(null, "", "/admin/mailboxes?domain=d1");
    function Query() {
      return <p data-testid="query">{useSearchParams().get("domain")}</p>;
    }
    render(
      <>
        <Query />
        <Link to="/admin/mailboxes">Mailboxes</Link>
      </>,
    );
    expect(screen.getByTestId("query").textContent).toBe("d1");
    expect(screen.getByRole("link", { name: "Mailboxes" }).getAttribute("aria-current")).toBe("page");
    const before = window.history.length;
    act(() => setSearchParams({ domain: "d2", status: "" }));
    expect(window.location.search).toBe("?domain=d2");
    expect(screen.getByTestId("query").textContent).toBe("d2");
    expect(window.history.length).toBe(before);
  });

  it("redirects by replacing the address", () => {
    window.history.replaceState(null, "", "/");
    const before = window.history.length;
    render(<Redirect to="/sign-in" />);
    expect(window.location.pathname).toBe("/sign-in");
    expect(window.history.length).toBe(before);
  });

  it("names the tab after the page and focuses its heading after a page change", () => {
    act(() => navigate("/somewhere"));
    render(<Page title="Security" />);
    expect(document.title).toBe("Security · MFA Console");
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Security" }));
  });
});
