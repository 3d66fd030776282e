import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, PrimaryColumn } from 'typeorm';
import { ID_LENGTH, MoneyFields } from '@houqin/common';
import { FenColumn, RefColumn, RowVersionColumn, UpdatedAtColumn } from '@houqin/persistence';

/** Requisitions estimated above this need the general-affairs director's approval, until the district changes it: ¥500. */
export const DEFAULT_REQUISITION_APPROVAL_ABOVE_FEN = 50_000;

/**
 * A district's storeroom settings (仓库设置): one row once the district changes them; until then the
 * defaults, shown with version 0.
 */
@ObjectType({ description: 'The district’s storeroom settings (仓库设置). Until the district changes them: the defaults, with version 0.' })
@MoneyFields({
  requisitionApprovalAbove: [
    'requisitionApprovalAboveFen',
    'A requisition whose estimated value is above this needs the general-affairs director’s approval (领用审批限额); default ¥500.',
  ],
})
@Entity('storeroom_settings')
export class StoreroomSettings {
  @Field(() => ID, { description: 'The district they apply to.' })
  @PrimaryColumn('varchar', { length: ID_LENGTH })
  districtId: string;

  @FenColumn()
  requisitionApprovalAboveFen: number;

  @Field(() => Int, { description: 'Row version: 0 while the defaults apply; pass it back to updateStoreroomSettings.' })
  @RowVersionColumn()
  version: number;

  @Field(() => ID, { nullable: true, description: 'The account that last changed them; null while the defaults apply.' })
  @RefColumn({ nullable: true })
  updatedByAccountId: string | null;

  @Field(() => Date, { nullable: true, description: 'When they last changed; null while the defaults apply.' })
  @UpdatedAtColumn()
  updatedAt: Date | null;
}

/** The defaults of a district that has not changed its settings (version 0). */
export function defaultStoreroomSettings(districtId: string): StoreroomSettings {
  return Object.assign(new StoreroomSettings(), {
    districtId,
    requisitionApprovalAboveFen: DEFAULT_REQUISITION_APPROVAL_ABOVE_FEN,
    version: 0,
    updatedByAccountId: null,
    updatedAt: null,
  });
}
