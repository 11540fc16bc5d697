import { Column, Entity, PrimaryColumn } from "typeorm";
import { TimeColumn } from "#src/db/columns.js";

/**
 * Who runs a scheduled job now: one row a job, held by one API instance until `expiresAt` and renewed while it
 * runs. An instance that stops (or dies) lets it expire, and another takes it over.
 */
@Entity("job_leases")
export class JobLeaseEntity {
  @PrimaryColumn("varchar", { length: 64 })
  name: string;

  /** A random id of the holding instance's run; null when released. */
  @Column("varchar", { length: 64, nullable: true })
  holder: string | null;

  @TimeColumn()
  expiresAt: number;
}
