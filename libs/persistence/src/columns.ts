import { Column, type ColumnOptions, CreateDateColumn, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { ID_LENGTH } from '@houqin/common';

/** Column types that mean the same on MySQL 8, MariaDB and the embedded sql.js database. */

/** Primary key: a UUIDv7 string made by `newId()`. */
export const IdColumn = () => PrimaryColumn('varchar', { length: ID_LENGTH });

/** A reference to an id, in this service or (federated) in another. */
export const RefColumn = (options: Pick<ColumnOptions, 'nullable' | 'comment'> = {}) =>
  Column('varchar', { length: ID_LENGTH, ...options });

/** A UTC instant with millisecond precision. */
export const InstantColumn = (options: Pick<ColumnOptions, 'nullable' | 'comment'> = {}) =>
  Column('datetime', { precision: 3, ...options });

// Microseconds: TypeORM compares these columns' defaults as CURRENT_TIMESTAMP(6), so any other
// precision makes every schema comparison report a change (the migration test catches it).
export const CreatedAtColumn = () => CreateDateColumn({ type: 'datetime', precision: 6 });
export const UpdatedAtColumn = () => UpdateDateColumn({ type: 'datetime', precision: 6 });

/** Optimistic-locking counter: an edit names the version it read; a stale one is a CONFLICT. */
export const RowVersionColumn = () => VersionColumn({ default: 1 });
