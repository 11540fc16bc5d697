import type { DomainItem_DomainFragment } from "../../gql/graphql";

export interface DomainNode {
  domain: DomainItem_DomainFragment;
  /** 0 for a top-level domain. */
  depth: number;
  children: DomainNode[];
  /** Sub-domains deeper than the page asks for (counted, not shown). */
  deeper: number;
}

/** A level of a nested domains answer: an id and, above the deepest level asked for, the children. */
export interface DomainLevel {
  id: string;
  children?: ReadonlyArray<DomainLevel>;
}

/**
 * Turns a nested answer into a tree, reading each domain with `read`. The deepest level a query
 * asks for carries only ids: those domains are counted on their parent instead of shown.
 */
export function buildTree<L extends DomainLevel>(levels: ReadonlyArray<L>, read: (level: L) => DomainItem_DomainFragment, depth = 0): DomainNode[] {
  return levels.map((level) => {
    const below = (level.children ?? []) as ReadonlyArray<L>;
    const complete = below.filter((child) => child.children !== undefined);
    return { domain: read(level), depth, children: buildTree(complete, read, depth + 1), deeper: below.length - complete.length };
  });
}

/** Every domain of the tree, parents before their children. */
export function flatten(nodes: readonly DomainNode[]): DomainNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

/** How many domains are below this one, at every level. */
export function countBelow(node: DomainNode): number {
  return node.children.reduce((sum, child) => sum + 1 + countBelow(child), node.deeper);
}
