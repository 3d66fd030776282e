import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { EnumField, IdField, OptionalTextField, TextField, YuanField } from '@houqin/subgraph-kit';
import { AssetDisposalApproverRole, AssetDisposalMethod, AssetDisposalStatus, DISPOSAL_REASON_MAX } from './disposal.entity';
import { DisposalValueBasis } from './disposal.rules';

@InputType({ description: 'Request the disposal of a fixed asset (资产处置申请).' })
export class RequestAssetDisposalInput {
  @IdField('The asset (资产卡片): of your school, neither disposed nor with a disposal request waiting.')
  assetId: string;

  @TextField('Why (处置原因), e.g. "主板损坏, 无维修价值".', { max: DISPOSAL_REASON_MAX })
  reason: string;

  @EnumField(AssetDisposalMethod, 'How it leaves the register (处置方式).')
  method: AssetDisposalMethod;

  @YuanField('Money expected for it (预计处置收入), e.g. a sale or scrap price; omitted: none.', { nullable: true })
  expectedProceeds?: string | null;
}

@InputType({ description: 'Approve a disposal request at the level it waits for.' })
export class ApproveAssetDisposalInput {
  @IdField('The disposal request.')
  id: string;

  @OptionalTextField('Comment kept with the step (审批意见).', DISPOSAL_REASON_MAX)
  comment?: string | null;
}

@InputType({ description: 'Reject a disposal request at the level it waits for, saying why.' })
export class RejectAssetDisposalInput {
  @IdField('The disposal request.')
  id: string;

  @TextField('Why it is rejected (驳回原因).', { max: DISPOSAL_REASON_MAX })
  reason: string;
}

@InputType({ description: 'Withdraw your own disposal request while it waits.' })
export class CancelAssetDisposalInput {
  @IdField('The disposal request.')
  id: string;

  @OptionalTextField('Why it is withdrawn.', DISPOSAL_REASON_MAX)
  reason?: string | null;
}

@InputType({ description: 'Filter of disposal requests.' })
export class AssetDisposalFilter {
  @IdField('Only this school.', { nullable: true })
  schoolId?: string | null;

  @EnumField(AssetDisposalStatus, 'Only this status.', { nullable: true })
  status?: AssetDisposalStatus | null;

  @IdField('Only the requests of this asset.', { nullable: true })
  assetId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only the requests waiting for a level you decide at (待我审批), never your own.',
  })
  @IsOptional()
  @IsBoolean()
  awaitingMyApproval?: boolean | null;
}

@InputType({ description: 'One approval level: who approves and up to what value they are the last.' })
export class AssetDisposalLevelInput {
  @EnumField(AssetDisposalApproverRole, 'Who approves at this level.')
  role: AssetDisposalApproverRole;

  @YuanField('The value up to which this level is the last to approve; omitted only for the last level (any value).', {
    nullable: true,
  })
  upTo?: string | null;
}

@InputType({ description: 'Change the district’s disposal approval settings; omitted fields stay. District administrators.' })
export class UpdateAssetDisposalSettingsInput {
  @Field(() => Int, { description: 'The version you read (0 while the defaults apply).' })
  @IsInt({ message: 'version must be a whole number' })
  version: number;

  @Field(() => [AssetDisposalLevelInput], {
    nullable: true,
    description:
      'The whole ordered list of levels, lowest first (replaces it); each role ranks above the one before; the last has no limit.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  levels?: AssetDisposalLevelInput[] | null;

  @EnumField(DisposalValueBasis, 'What the levels are chosen by: cost (原值) or net book value (净值).', { nullable: true })
  basis?: DisposalValueBasis | null;
}
