import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ID_LENGTH, MoneyFields } from '@houqin/common';
import { FenColumn, RefColumn, RowVersionColumn, UpdatedAtColumn } from '@houqin/persistence';

/** A district's useful life for a class (and the classes under it), in years. */
export interface UsefulLifeOverride {
  classCode: string;
  years: number;
}

@ObjectType({ description: 'A useful life (使用年限) the district set for an asset class and the classes under it.' })
export class AssetUsefulLife {
  @Field({ description: 'The class code (资产分类代码).' })
  classCode: string;

  @Field(() => Int, { description: 'Years, at least the standard minimum; 0 only for classes never depreciated.' })
  years: number;
}

/** The school finance rules' capitalisation thresholds (中小学校财务制度): ¥1,000, and ¥1,500 for special equipment. */
export const DEFAULT_ASSET_SETTINGS = { generalThresholdFen: 100_000, specialThresholdFen: 150_000, usefulLifeOverrides: [] };

/**
 * A district's fixed-asset settings (固定资产设置): the capitalisation thresholds (固定资产标准: below them an
 * item is a low-value consumable 低值易耗品 for the storeroom) and its own useful lives per class. One row
 * once the district changes them; until then the defaults, shown with version 0. A useful life is fixed
 * on an asset when it is registered: changing the settings leaves registered assets as they are.
 */
@ObjectType({
  description: 'The district’s fixed-asset settings (固定资产设置). Until the district changes them: the defaults, version 0.',
})
@MoneyFields({
  generalThreshold: [
    'generalThresholdFen',
    'Least cost of a fixed asset (固定资产标准), general: below it an item is a low-value consumable.',
  ],
  specialThreshold: ['specialThresholdFen', 'Least cost of a fixed asset of special equipment (专用设备).'],
})
@Entity('asset_settings')
export class AssetSettings {
  @Field(() => ID, { description: 'The district they apply to.' })
  @PrimaryColumn('varchar', { length: ID_LENGTH })
  districtId: string;

  @FenColumn()
  generalThresholdFen: number;

  @FenColumn()
  specialThresholdFen: number;

  @Field(() => [AssetUsefulLife], { description: 'The district’s useful lives per class; a class without one takes the standard default.' })
  @Column('simple-json')
  usefulLifeOverrides: UsefulLifeOverride[];

  @Field(() => Int, { description: 'Row version: 0 while the defaults apply; pass it back to updateAssetSettings.' })
  @RowVersionColumn()
  version: number;

  @Field(() => ID, { nullable: true, description: 'The account that last changed them; null while the defaults apply.' })
  @RefColumn({ nullable: true })
  updatedByAccountId: string | null;

  @Field(() => Date, { nullable: true, description: 'When they last changed; null while the defaults apply.' })
  @UpdatedAtColumn()
  updatedAt: Date | null;
}

/** The defaults as a district's settings (not stored: version 0). */
export function defaultAssetSettings(districtId: string): AssetSettings {
  return Object.assign(new AssetSettings(), {
    districtId,
    ...DEFAULT_ASSET_SETTINGS,
    usefulLifeOverrides: [],
    version: 0,
    updatedByAccountId: null,
    updatedAt: null,
  });
}
