import { managerOf, type Db } from "#src/db/db.js";
import { UserEntity } from "#src/modules/users/user.entity.js";

/** The password step's reads: the user with their policies. */

/** The user of a username with their domain's and account's policies, in one statement. */
export function findLoginUser(db: Db, username: string): Promise<UserEntity | null> {
  return managerOf(db)
    .createQueryBuilder(UserEntity, "u")
    .innerJoinAndSelect("u.account", "a")
    .leftJoinAndSelect("u.domain", "d")
    .where("u.username = :username", { username })
    .getOne();
}

export function findUser(db: Db, userId: string): Promise<UserEntity | null> {
  return managerOf(db).findOneBy(UserEntity, { id: userId });
}
