import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DateField, EnumField, IdField, OptionalTextField, TextField, YuanField } from '@houqin/subgraph-kit';
import {
  ASSET_MODEL_MAX,
  ASSET_NAME_MAX,
  ASSET_REASON_MAX,
  AssetStatus,
  CLASS_CODE_MAX,
  SERIAL_NUMBER_MAX,
  TAG_NUMBER_MAX,
} from './asset.entity';

/** Most rows one importAssets takes. */
export const MAX_IMPORT_ROWS = 500;

/** A tag number: letters, digits and - _ . / only, so it prints on a label and reads back from a scanner. */
const TagNumberField = (description: string) =>
  function (target: object, key: string) {
    Field(() => String, { description })(target, key);
    IsString({ message: `${key} must be text` })(target, key);
    Matches(/^\s*[A-Za-z0-9][A-Za-z0-9._/-]*\s*$/, { message: `${key} must be letters, digits and - _ . / only` })(target, key);
    MaxLength(TAG_NUMBER_MAX + 2, { message: `${key} must be at most ${TAG_NUMBER_MAX} characters` })(target, key);
  };

const ClassCodeField = (description: string, nullable = false) =>
  function (target: object, key: string) {
    Field(() => String, { description, nullable })(target, key);
    if (nullable) IsOptional()(target, key);
    IsString({ message: `${key} must be text` })(target, key);
    MaxLength(CLASS_CODE_MAX, { message: `${key} must be a class code of assetClasses` })(target, key);
  };

@InputType({ description: 'Register a fixed asset (固定资产登记, 建卡).' })
export class RegisterAssetInput {
  @IdField('The school that owns it.')
  schoolId: string;

  @TagNumberField('Tag number (资产编号), unique in the school, e.g. "ZC-2026-0001".')
  tagNumber: string;

  @TextField('Its name, e.g. "台式计算机".', { max: ASSET_NAME_MAX })
  name: string;

  @ClassCodeField('Its class code (资产分类代码, GB/T 14885), a registrable class of assetClasses.')
  classCode: string;

  @OptionalTextField('Model or specification (规格型号).', ASSET_MODEL_MAX)
  model?: string | null;

  @OptionalTextField("The maker's serial number (出厂编号).", SERIAL_NUMBER_MAX)
  serialNumber?: string | null;

  @DateField('The day it was acquired (取得日期), YYYY-MM-DD; not after today.')
  acquiredOn: string;

  @YuanField('What it cost (原值), at least the capitalisation threshold (固定资产标准) of its class.')
  cost: string;

  @IdField('The purchase request (采购申请) it was bought under, if any.', { nullable: true })
  purchaseRequestId?: string | null;

  @IdField('The room of the school it is in, if any.', { nullable: true })
  roomId?: string | null;

  @IdField('The staff member of the school responsible for it (保管人), if any.', { nullable: true })
  custodianStaffId?: string | null;

  @EnumField(AssetStatus, 'Its status; IN_USE when omitted (never DISPOSED).', { nullable: true })
  status?: AssetStatus | null;
}

@InputType({ description: 'One row of a school’s asset register file (资产台账导入).' })
export class AssetImportRowInput {
  @TagNumberField('Tag number (资产编号), unique in the school and in the file.')
  tagNumber: string;

  @TextField('Its name.', { max: ASSET_NAME_MAX })
  name: string;

  @ClassCodeField('Its class code (资产分类代码).')
  classCode: string;

  @OptionalTextField('Model or specification (规格型号).', ASSET_MODEL_MAX)
  model?: string | null;

  @OptionalTextField("The maker's serial number (出厂编号).", SERIAL_NUMBER_MAX)
  serialNumber?: string | null;

  @DateField('The day it was acquired (取得日期), YYYY-MM-DD; not after today.')
  acquiredOn: string;

  @YuanField('What it cost (原值).')
  cost: string;

  @OptionalTextField('Its room: a room id, or the room’s QR code (二维码) as printed on its door.', 40)
  room?: string | null;

  @IdField('The staff member responsible for it (保管人), if any.', { nullable: true })
  custodianStaffId?: string | null;

  @EnumField(AssetStatus, 'Its status; IN_USE when omitted (never DISPOSED).', { nullable: true })
  status?: AssetStatus | null;
}

@InputType({
  description: `A school's first load of its asset register from its spreadsheet (资产台账导入): all or nothing, at most ${MAX_IMPORT_ROWS} rows.`,
})
export class ImportAssetsInput {
  @IdField('The school whose register it is.')
  schoolId: string;

  // Not validated here: the service checks every row and answers all bad rows at once (rowErrors).
  @Field(() => [AssetImportRowInput], { description: `The rows, 1 to ${MAX_IMPORT_ROWS}.` })
  rows: AssetImportRowInput[];

  @Field({ defaultValue: false, description: 'True to check the file only (校验): the same errors, nothing written.' })
  validateOnly: boolean;
}

@InputType({ description: 'Move an asset to another room and/or hand it to another custodian (调拨/变更保管人).' })
export class MoveAssetInput {
  @IdField('The asset.')
  assetId: string;

  @IdField('Its new room (a room of its school); omit to leave the room as it is.', { nullable: true })
  roomId?: string | null;

  @IdField('Its new custodian (a staff member of its school); omit to leave the custodian as is.', { nullable: true })
  custodianStaffId?: string | null;

  @Field({ defaultValue: false, description: 'True to take it out of any room (e.g. lent outside the school).' })
  clearRoom: boolean;

  @Field({ defaultValue: false, description: 'True to leave it without a custodian.' })
  clearCustodian: boolean;

  @OptionalTextField('Why (原因).', ASSET_REASON_MAX)
  reason?: string | null;
}

@InputType({ description: 'Change an asset’s status (状态变更): in use, idle, under repair or lent. Disposal goes through AssetDisposal.' })
export class ChangeAssetStatusInput {
  @IdField('The asset.')
  assetId: string;

  @EnumField(AssetStatus, 'Its new status: IN_USE, IDLE, UNDER_REPAIR or LENT.')
  status: AssetStatus;

  @OptionalTextField('Why (原因), e.g. "screen broken, sent to the supplier".', ASSET_REASON_MAX)
  reason?: string | null;
}

@InputType({ description: 'Correct an asset card’s name, model or serial (omitted fields stay). Cost and class are the books’: not here.' })
export class UpdateAssetInput {
  @IdField('The asset.')
  assetId: string;

  @Field(() => Int, { description: 'The version you read.' })
  @IsInt({ message: 'version must be a whole number' })
  version: number;

  @TextField('Its name.', { max: ASSET_NAME_MAX, nullable: true })
  name?: string | null;

  @OptionalTextField('Model or specification (规格型号); empty text clears it.', ASSET_MODEL_MAX)
  model?: string | null;

  @OptionalTextField("The maker's serial number (出厂编号); empty text clears it.", SERIAL_NUMBER_MAX)
  serialNumber?: string | null;
}

@InputType({ description: 'Narrow the asset register.' })
export class AssetFilter {
  @IdField('Only this school.', { nullable: true })
  schoolId?: string | null;

  @IdField('Only assets in this room.', { nullable: true })
  roomId?: string | null;

  @IdField('Only assets in this staff member’s custody.', { nullable: true })
  custodianStaffId?: string | null;

  @EnumField(AssetStatus, 'Only this status.', { nullable: true })
  status?: AssetStatus | null;

  @ClassCodeField('Only this class and the classes under it.', true)
  classCode?: string | null;

  @OptionalTextField('Part of the tag number, name, model or serial.', 100)
  search?: string | null;
}

@InputType({ description: 'A useful life for a class (and the classes under it).' })
export class AssetUsefulLifeInput {
  @ClassCodeField('The class code.')
  classCode: string;

  @Field(() => Int, { description: 'Years, 1 to 100, at least the standard minimum of the class.' })
  @IsInt({ message: 'years must be a whole number' })
  @Min(0, { message: 'years must not be negative' })
  @Max(100, { message: 'years must be at most 100' })
  years: number;
}

@InputType({ description: 'Change the district’s asset settings; omitted fields stay. District administrators.' })
export class UpdateAssetSettingsInput {
  @Field(() => Int, { description: 'The version you read (0 while the defaults apply).' })
  @IsInt({ message: 'version must be a whole number' })
  version: number;

  @YuanField('Least cost of a fixed asset, general (固定资产标准).', { nullable: true })
  generalThreshold?: string | null;

  @YuanField('Least cost of a fixed asset of special equipment (专用设备).', { nullable: true })
  specialThreshold?: string | null;

  @Field(() => [AssetUsefulLifeInput], { nullable: true, description: 'The whole list of the district’s useful lives (replaces it).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  usefulLifeOverrides?: AssetUsefulLifeInput[] | null;
}
