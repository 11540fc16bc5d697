import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import type { Metrics } from "./metrics.js";

/** The root fields of the schema's query and mutation types: the only operation names a label may take. */
function rootFields(schema: GraphQLSchema): ReadonlySet<string> {
  return new Set([schema.getQueryType(), schema.getMutationType()].flatMap((type) => (type ? Object.keys(type.getFields()) : [])));
}

/** The first root field the operation asks for, if it is one of the schema's; otherwise `other`. */
function operationLabel(operation: OperationDefinitionNode | null | undefined, known: ReadonlySet<string>): string {
  const first = operation?.selectionSet.selections[0];
  return first?.kind === Kind.FIELD && known.has(first.name.value) ? first.name.value : "other";
}

/** Times every GraphQL request (parse to answer) under its operation's label. */
export function graphqlMetricsPlugin<Context extends object>(metrics: Metrics, schema: GraphQLSchema): ApolloServerPlugin<Context> {
  const known = rootFields(schema);
  return {
    async requestDidStart() {
      const stop = metrics.graphqlDuration.startTimer();
      let operation = "other";
      return {
        async didResolveOperation({ operation: resolved }) {
          operation = operationLabel(resolved, known);
        },
        async willSendResponse() {
          stop({ operation });
        },
      };
    },
  };
}
