import { managerOf, type Db } from "#src/db/db.js";
import { execute } from "#src/db/sql.js";
import { UserEntity } from "#src/modules/users/user.entity.js";

/** The password step's statements: the user with their policies, and the password failure counter. */

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

export async function recordPasswordFailure(db: Db, userId: string, now: number): Promise<void> {
  await execute(db, "UPDATE users SET password_failures = password_failures + 1, password_last_failure_at = ? WHERE id = ?", [now, userId]);
}

export async function clearPasswordFailures(db: Db, userId: string): Promise<void> {
  await execute(db, "UPDATE users SET password_failures = 0, password_last_failure_at = NULL WHERE id = ?", [userId]);
}
