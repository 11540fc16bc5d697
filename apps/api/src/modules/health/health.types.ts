import { Field, ObjectType } from "type-graphql";

@ObjectType("Health", { description: "Whether the service and its database answer." })
export class HealthType {
  @Field(() => String, { description: "ok, or unavailable when the database does not answer" })
  status: string;

  @Field(() => String, { description: "sqlite, mariadb or mysql for an account admin; undisclosed otherwise" })
  database: string;

  @Field(() => String, { description: "The service's version for an account admin; undisclosed otherwise" })
  version: string;
}
