import { Field, ObjectType } from "type-graphql";

@ObjectType("PageInfo", { description: "Where a page ends: pass endCursor as `after` for the next one." })
export class PageInfoType {
  @Field(() => Boolean, { description: "Whether more items follow this page." })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: "The cursor of the page's last item; null on an empty page." })
  endCursor: string | null;
}
