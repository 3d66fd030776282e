import { IsBoolean, IsInt, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { composeField, DateField, EnumField, IdField, OptionalTextField, TextField } from '@houqin/subgraph-kit';
import { LIMITS, MAX_IMPORT_ROWS } from '../limits';
import { SupplierStatus } from './supplier.entity';

/** A contact phone: digits, spaces, + and -. */
const PhoneField = (description: string) =>
  composeField(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    Matches(/^[0-9+\- ]{5,20}$/, { message: 'phone must be 5 to 20 digits, spaces, + or -' }),
  );

/** A food-business licence number (食品经营许可证编号). */
const LicenceNumberField = (description: string) =>
  composeField(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    Matches(/^[A-Z0-9]{6,32}$/i, { message: 'foodLicenceNumber must be 6 to 32 letters or digits' }),
  );

@InputType({ description: 'Register a supplier (供应商) for the district.' })
export class CreateSupplierInput {
  @TextField('Registered name.', { max: LIMITS.name })
  name: string;

  @Field({ description: 'Unified social credit code (统一社会信用代码), 18 characters; the check character is verified.' })
  @MaxLength(18, { message: 'creditCode must be 18 characters' })
  creditCode: string;

  @OptionalTextField('Contact person.', LIMITS.name)
  contactName?: string;

  @PhoneField('Contact phone.')
  phone?: string;

  @OptionalTextField('Bank and account number (开户行及账号).', 100)
  bankAccount?: string;

  @Field({ nullable: true, description: 'True for food suppliers: the licence number and expiry are then required.' })
  @IsOptional()
  @IsBoolean()
  foodSupplier?: boolean;

  @LicenceNumberField('Food-business licence number (食品经营许可证编号).')
  foodLicenceNumber?: string;

  @DateField('Last day the licence is valid, YYYY-MM-DD.', { nullable: true })
  foodLicenceExpiresOn?: string;
}

@InputType({
  description: `Register many suppliers at once from a spreadsheet (供应商批量导入): all or nothing, at most ${MAX_IMPORT_ROWS} rows.`,
})
export class ImportSuppliersInput {
  // Not validated here: the service checks every row by createSupplier's rules and answers all bad rows at once (rowErrors).
  @Field(() => [CreateSupplierInput], {
    description: `The suppliers, one row each as createSupplier takes it; 1 to ${MAX_IMPORT_ROWS}. A name or credit code may appear once per file.`,
  })
  rows: CreateSupplierInput[];

  @Field({
    defaultValue: false,
    description: 'True to check the file only (校验): the same answer and errors, nothing written, no suppliers returned.',
  })
  validateOnly: boolean;
}

@InputType({ description: 'Changes to a supplier; omitted fields stay. Only district administrators change the status.' })
export class UpdateSupplierInput {
  @IdField('The supplier.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  @IsInt()
  version: number;

  @OptionalTextField('Contact person.', LIMITS.name)
  contactName?: string | null;

  @PhoneField('Contact phone.')
  phone?: string | null;

  @OptionalTextField('Bank and account number.', 100)
  bankAccount?: string | null;

  @LicenceNumberField('Renewed licence number.')
  foodLicenceNumber?: string | null;

  @DateField('Renewed licence expiry, YYYY-MM-DD.', { nullable: true })
  foodLicenceExpiresOn?: string | null;

  @EnumField(SupplierStatus, 'ACTIVE or SUSPENDED (district administrators).', { nullable: true })
  status?: SupplierStatus;
}

@InputType({ description: 'Filter for suppliers.' })
export class SupplierFilter {
  @EnumField(SupplierStatus, 'Only this status.', { nullable: true })
  status?: SupplierStatus;

  @Field({ nullable: true, description: 'Only food suppliers (true) or only others (false).' })
  @IsOptional()
  foodSupplier?: boolean;

  @OptionalTextField('Part of the name.', LIMITS.name)
  nameContains?: string;
}
