import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, MoneyFields } from '@houqin/common';
import { IdField, MonthField } from '@houqin/subgraph-kit';
import { AssetWriteOff } from './writeoff.entity';
import { WriteOffAccount } from './writeoff.rules';

registerEnumType(WriteOffAccount, {
  name: 'AssetWriteOffAccount',
  description: 'An account of a write-off voucher under the government accounting rules (政府会计制度, financial accounting).',
  valuesConfig: {
    FIXED_ASSETS: { description: '固定资产 (1601): credited with the cost.' },
    ACCUMULATED_DEPRECIATION: { description: '固定资产累计折旧 (1602): debited with the depreciation accumulated.' },
    ASSET_DISPOSAL_EXPENSE: { description: '资产处置费用: debited with the net book value.' },
  },
});

@ObjectType({ description: 'One line of a write-off voucher (资产核销凭证).' })
@MoneyFields({ debit: ['debitFen', 'Debit (借方).'], credit: ['creditFen', 'Credit (贷方).'] })
export class AssetWriteOffLine {
  @Field(() => WriteOffAccount, { description: 'The account (会计科目).' })
  account: WriteOffAccount;

  debitFen: number;
  creditFen: number;
}

@ObjectType({ description: 'A page of asset write-offs.' })
export class AssetWriteOffConnection extends Connection(AssetWriteOff, 'AssetWriteOff') {}

@InputType({ description: 'Filter of asset write-offs.' })
export class AssetWriteOffFilter {
  @IdField('Only this school.', { nullable: true })
  schoolId?: string | null;

  @MonthField('Only this month (YYYY-MM) of disposal.', { nullable: true })
  period?: string | null;
}
