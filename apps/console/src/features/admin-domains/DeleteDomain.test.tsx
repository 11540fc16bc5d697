import type { MockLink } from "@apollo/client/testing";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { adminSession, domainData, type DomainFixture } from "../../test/admin-fixtures";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { authenticator, reauthFactors, stepUp } from "../../test/reauth-fixtures";
import { DeleteDomainDocument, whyNotDeletable } from "./DeleteDomain";
import { DomainsPage, DomainsPageDocument } from "./DomainsPage";

afterEach(cleanup);

const spare: DomainFixture = { id: "d3", name: "spare.example.com", policy: "OFF" };

/** example.com (3 mailboxes) with sales.example.com (2 mailboxes) below it, and the empty spare.example.com. */
function tree(withSpare: boolean, spareMailboxes = 0): DomainFixture[] {
  return [
    {
      id: "d1",
      name: "example.com",
      policy: "OPTIONAL",
      coverage: { mailboxes: 3, enrolled: 2, locked: 0 },
      children: [{ id: "d2", name: "sales.example.com", policy: "OFF", coverage: { mailboxes: 2, enrolled: 0, locked: 0 } }],
    },
    ...(withSpare ? [{ ...spare, coverage: { mailboxes: spareMailboxes, enrolled: 0, locked: 0 } }] : []),
  ];
}

/** The domains query, answering each time with the next of `answers` (then the last again). */
function domainsMock(answers: DomainFixture[][]): MockLink.MockedResponse & { calls: () => number } {
  let calls = 0;
  return {
    request: { query: DomainsPageDocument },
    maxUsageCount: 5,
    result: () => {
      const domains = answers[Math.min(calls, answers.length - 1)] ?? [];
      calls += 1;
      return { data: { domains: domains.map((d) => domainData(d)) } };
    },
    calls: () => calls,
  };
}

function itemOf(name: string): HTMLElement {
  const item = screen.getByRole("heading", { name }).closest("li");
  if (!item) throw new Error(`no item for ${name}`);
  return item;
}

/** The domain's own card (not its sub-domains'). */
const cardOf = (name: string) => itemOf(name).querySelector(".domain") as HTMLElement;

describe("deleting a domain", () => {
  it("is offered for an empty domain only; a domain with mailboxes or sub-domains says what to do first", async () => {
    renderWithProviders(<DomainsPage />, { path: "/admin/domains", session: adminSession, mocks: [domainsMock([tree(true)])] });
    await screen.findByRole("heading", { name: "spare.example.com" });
    expect(within(cardOf("spare.example.com")).getByRole("button", { name: "Delete domain" })).toBeTruthy();
    expect(within(cardOf("example.com")).queryByRole("button", { name: "Delete domain" })).toBeNull();
    expect(within(cardOf("example.com")).getByText("To delete this domain, first move or delete its 3 mailboxes and delete its 1 sub-domain.")).toBeTruthy();
    expect(within(cardOf("sales.example.com")).getByText("To delete this domain, first move or delete its 2 mailboxes.")).toBeTruthy();
    expect(whyNotDeletable(0, 2)).toBe("To delete this domain, first delete its 2 sub-domains.");
    expect(whyNotDeletable(1, 0)).toBe("To delete this domain, first move or delete its 1 mailbox.");
    expect(whyNotDeletable(0, 0)).toBeNull();
  });

  it("asks for confirmation, shows the delete in progress, then reloads the tree without the domain", async () => {
    const domains = domainsMock([tree(true), tree(false)]);
    const answer = { data: { deleteDomain: { __typename: "DeleteDomainPayload", deletedDomainId: "d3" } } };
    renderWithProviders(<DomainsPage />, {
      path: "/admin/domains",
      session: adminSession,
      mocks: [domains, { request: { query: DeleteDomainDocument, variables: { id: "d3" } }, result: answer, delay: 100 }],
    });
    await screen.findByRole("heading", { name: "spare.example.com" });

    // Cancel leaves it.
    fireEvent.click(within(cardOf("spare.example.com")).getByRole("button", { name: "Delete domain" }));
    let dialog = await screen.findByRole("dialog", { name: "Delete spare.example.com?" });
    expect(within(dialog).getByText("The domain and its MFA policy setting are deleted. This cannot be undone.")).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(domains.calls()).toBe(1);

    fireEvent.click(within(cardOf("spare.example.com")).getByRole("button", { name: "Delete domain" }));
    dialog = await screen.findByRole("dialog", { name: "Delete spare.example.com?" });
    const confirm = within(dialog).getByRole("button", { name: "Delete domain" });
    fireEvent.click(confirm);
    await waitFor(() => expect(confirm.getAttribute("aria-busy")).toBe("true"));
    expect(within(dialog).getByRole("button", { name: "Cancel" }).hasAttribute("disabled")).toBe(true);
    expect(await screen.findByText("spare.example.com was deleted.")).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "spare.example.com" })).toBeNull();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(domains.calls()).toBe(2);
  });

  it("shows the service's refusal in the dialog and reloads the tree, which now explains why", async () => {
    const domains = domainsMock([tree(true), tree(true, 1)]);
    const message = "spare.example.com still has 1 mailbox. Only an empty domain can be deleted: move or delete the mailbox first.";
    renderWithProviders(<DomainsPage />, {
      path: "/admin/domains",
      session: adminSession,
      mocks: [domains, { request: { query: DeleteDomainDocument, variables: { id: "d3" } }, result: graphQLError(message, "DOMAIN_NOT_EMPTY", { mailboxes: 1, subDomains: 0 }) }],
    });
    await screen.findByRole("heading", { name: "spare.example.com" });
    fireEvent.click(within(cardOf("spare.example.com")).getByRole("button", { name: "Delete domain" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete spare.example.com?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Delete domain" }));
    expect((await within(dialog).findByRole("alert")).textContent).toBe(message);
    await waitFor(() => expect(domains.calls()).toBe(2));
    expect(await within(cardOf("spare.example.com")).findByText("To delete this domain, first move or delete its 1 mailbox.")).toBeTruthy();
    const offered = within(cardOf("spare.example.com")).queryAllByRole("button", { name: "Delete domain" });
    expect(offered.filter((button) => !dialog.contains(button))).toEqual([]);
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(screen.getByRole("heading", { name: "spare.example.com" })).toBeTruthy();
  });

  it("asks the admin to confirm it's them when the service wants a fresh proof, then deletes", async () => {
    let tries = 0;
    renderWithProviders(<DomainsPage />, {
      path: "/admin/domains",
      session: adminSession,
      mocks: [
        domainsMock([tree(true), tree(false)]),
        {
          request: { query: DeleteDomainDocument, variables: { id: "d3" } },
          maxUsageCount: 2,
          result: () =>
            ++tries === 1
              ? graphQLError("Confirm it is you to make this change.", "RECENT_AUTH_REQUIRED")
              : { data: { deleteDomain: { __typename: "DeleteDomainPayload", deletedDomainId: "d3" } } },
        },
        reauthFactors([authenticator]),
        stepUp({ passcode: "123456" }),
      ],
    });
    await screen.findByRole("heading", { name: "spare.example.com" });
    fireEvent.click(within(cardOf("spare.example.com")).getByRole("button", { name: "Delete domain" }));
    fireEvent.click(within(await screen.findByRole("dialog", { name: "Delete spare.example.com?" })).getByRole("button", { name: "Delete domain" }));
    const prompt = await screen.findByRole("dialog", { name: "Confirm it’s you" });
    fireEvent.change(await within(prompt).findByLabelText("Code"), { target: { value: "123456" } });
    fireEvent.click(within(prompt).getByRole("button", { name: "Confirm" }));
    expect(await screen.findByText("spare.example.com was deleted.")).toBeTruthy();
    expect(tries).toBe(2);
  });
});
