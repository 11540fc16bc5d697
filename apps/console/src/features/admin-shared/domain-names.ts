import { graphql } from "../../gql";

/** The account's domains by name, as a tree five levels deep: what a domain picker offers (audit filter, API key scope). */
export const DomainNamesDocument = graphql(`
  query DomainNames {
    domains {
      id
      name
      children {
        id
        name
        children {
          id
          name
          children {
            id
            name
            children {
              id
              name
            }
          }
        }
      }
    }
  }
`);
