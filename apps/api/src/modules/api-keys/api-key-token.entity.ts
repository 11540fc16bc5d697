import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { IdColumn, RefColumn, TimeColumn } from "#src/db/columns.js";
import { ApiKeyEntity } from "./api-key.entity.js";

/**
 * A token `POST /v2.0/tokens` issued for an API key (`authenticatedBy: ["APIKEY"]`). It acts with its key's scope
 * and works only while the key does: a revoked or expired key ends its tokens at once. Only the SHA-256 is kept.
 */
@Entity("api_key_tokens")
@Index("UQ_api_key_tokens_token_hash", ["tokenHash"], { unique: true })
@Index("IDX_api_key_tokens_key", ["keyId"])
export class ApiKeyTokenEntity {
  @IdColumn()
  id: string;

  @Column("varchar", { length: 64 })
  tokenHash: string;

  @RefColumn()
  keyId: string;

  @ManyToOne(() => ApiKeyEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "key_id", foreignKeyConstraintName: "FK_api_key_tokens_key" })
  key?: Relation<ApiKeyEntity>;

  @TimeColumn()
  createdAt: number;

  @TimeColumn()
  expiresAt: number;
}
