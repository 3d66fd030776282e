import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ID_LENGTH, MoneyFields } from '@houqin/common';
import { RefColumn, RowVersionColumn, UpdatedAtColumn } from '@houqin/persistence';
import { AssetDisposalApproverRole } from './disposal.entity';
import { DEFAULT_DISPOSAL_BASIS, DEFAULT_DISPOSAL_LEVELS, type DisposalLevel, DisposalValueBasis } from './disposal.rules';

registerEnumType(DisposalValueBasis, {
  name: 'AssetDisposalValueBasis',
  description: 'What the disposal approval levels are chosen by (审批金额口径).',
  valuesConfig: {
    COST: { description: 'The asset’s cost (原值), as the school finance rules’ approval limits name it. The default.' },
    NET_BOOK_VALUE: { description: 'Its net book value (净值) when the request is filed.' },
  },
});

/** One level of disposal approval as the graph shows it. */
@ObjectType({ description: 'One level of asset-disposal approval (处置审批层级): who approves and up to what value they are the last.' })
@MoneyFields({
  upTo: ['upToFen', 'The value up to which this level is the last to approve; null: any value (the last level).', { nullable: true }],
})
export class AssetDisposalLevel {
  @Field(() => AssetDisposalApproverRole, { description: 'Who approves at this level.' })
  role: AssetDisposalApproverRole;

  upToFen: number | null;
}

/**
 * A district's asset-disposal settings (资产处置审批设置): the ordered approval levels and the value basis.
 * A request needs every level up to the first whose limit covers its value. One row once the district
 * changes them; until then the defaults, shown with version 0. A request keeps the levels it was filed
 * under: changing the settings leaves open requests as they are.
 */
@ObjectType({
  description:
    'The district’s asset-disposal approval settings (资产处置审批设置): ordered levels and the value basis. Until the district changes them: the defaults, version 0.',
})
@Entity('asset_disposal_settings')
export class AssetDisposalSettings {
  @Field(() => ID, { description: 'The district they apply to.' })
  @PrimaryColumn('varchar', { length: ID_LENGTH })
  districtId: string;

  /** The levels, lowest first; the last has no limit. */
  @Column('simple-json')
  levelsValue: DisposalLevel[];

  @Field(() => DisposalValueBasis, { description: 'What the levels are chosen by: cost (原值) or net book value (净值).' })
  @Column('varchar', { length: 16 })
  basis: DisposalValueBasis;

  @Field(() => Int, { description: 'Row version: 0 while the defaults apply; pass it back to updateAssetDisposalSettings.' })
  @RowVersionColumn()
  version: number;

  @Field(() => ID, { nullable: true, description: 'The account that last changed them; null while the defaults apply.' })
  @RefColumn({ nullable: true })
  updatedByAccountId: string | null;

  @Field(() => Date, { nullable: true, description: 'When they last changed; null while the defaults apply.' })
  @UpdatedAtColumn()
  updatedAt: Date | null;

  @Field(() => [AssetDisposalLevel], {
    description: 'The approval levels, lowest first: a request needs each level up to the first whose limit covers its value.',
  })
  get levels(): AssetDisposalLevel[] {
    return this.levelsValue.map((level) => Object.assign(new AssetDisposalLevel(), level));
  }
}

/** The defaults as a district's settings (not stored: version 0). */
export function defaultDisposalSettings(districtId: string): AssetDisposalSettings {
  return Object.assign(new AssetDisposalSettings(), {
    districtId,
    levelsValue: DEFAULT_DISPOSAL_LEVELS.map((level) => ({ ...level })),
    basis: DEFAULT_DISPOSAL_BASIS,
    version: 0,
    updatedByAccountId: null,
    updatedAt: null,
  });
}
