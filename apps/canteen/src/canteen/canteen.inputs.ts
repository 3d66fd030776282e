import { ArrayMaxSize, IsInt, IsOptional, Matches, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { composeField, DateField, EnumField, IdField, TextField } from '@houqin/subgraph-kit';
import { CANTEEN_NAME_MAX, CanteenOperation, StorageKind } from './canteen.entity';

/** Longest name of a storage location. */
export const LOCATION_NAME_MAX = 60;
/** Most storage locations a canteen is registered with at once. */
export const MAX_NEW_LOCATIONS = 20;

/** A food-business licence number (食品经营许可证编号, e.g. JY13301100045678): 6 to 32 letters or digits. */
const LicenceNumberField = (description: string, nullable = false) =>
  composeField(
    Field(() => String, { description, nullable }),
    ...(nullable ? [IsOptional()] : []),
    Matches(/^[A-Z0-9]{6,32}$/i, { message: 'licenceNumber must be 6 to 32 letters or digits' }),
  );

@InputType({ description: 'A storage location (库位) to add to a canteen.' })
export class NewStorageLocationInput {
  @TextField('Its name, unique in the canteen, e.g. "Freezer 1 (冷冻柜1)".', { max: LOCATION_NAME_MAX })
  name: string;

  @EnumField(StorageKind, 'Dry, chilled or frozen.')
  kind: StorageKind;
}

@InputType({ description: 'Register a canteen (食堂) of a school: at most one per campus.' })
export class CreateCanteenInput {
  @IdField('The school that runs it.')
  schoolId: string;

  @IdField('The campus (校区) it serves: a campus of the school without a canteen yet.')
  campusId: string;

  @TextField('Its name, e.g. "East campus canteen (东校区食堂)".', { max: CANTEEN_NAME_MAX })
  name: string;

  @LicenceNumberField('Number of its food-business licence (食品经营许可证编号), 6 to 32 letters or digits.')
  licenceNumber: string;

  @DateField('Last day the licence is valid, YYYY-MM-DD; not already past.')
  licenceExpiresOn: string;

  @IdField('Its food-safety manager (食品安全管理员): a staff member of the school.', { nullable: true })
  foodSafetyManagerStaffId?: string | null;

  @EnumField(CanteenOperation, 'Run by the school (自营) or by a contractor (承包).')
  operation: CanteenOperation;

  @IdField('The contractor (承包方), a food supplier of the district: required when CONTRACTED, refused when SCHOOL_RUN.', {
    nullable: true,
  })
  contractorSupplierId?: string | null;

  @Field(() => [NewStorageLocationInput], {
    nullable: true,
    description: `Storage locations to register with it (at most ${MAX_NEW_LOCATIONS}).`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_NEW_LOCATIONS)
  @ValidateNested({ each: true })
  storageLocations?: NewStorageLocationInput[] | null;
}

@InputType({ description: 'Changes to a canteen; omitted fields stay. Its school and campus never change.' })
export class UpdateCanteenInput {
  @IdField('The canteen.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  @IsInt()
  version: number;

  @TextField('New name.', { max: CANTEEN_NAME_MAX, nullable: true })
  name?: string | null;

  @LicenceNumberField('Renewed licence number.', true)
  licenceNumber?: string | null;

  @DateField('Renewed licence expiry, YYYY-MM-DD.', { nullable: true })
  licenceExpiresOn?: string | null;

  @IdField('New food-safety manager, a staff member of the school.', { nullable: true })
  foodSafetyManagerStaffId?: string | null;

  @EnumField(CanteenOperation, 'New operation; CONTRACTED needs a contractor, SCHOOL_RUN drops it.', { nullable: true })
  operation?: CanteenOperation | null;

  @IdField('New contractor (a food supplier of the district).', { nullable: true })
  contractorSupplierId?: string | null;
}

@InputType({ description: 'Add a storage location (库位) to a canteen.' })
export class AddStorageLocationInput extends NewStorageLocationInput {
  @IdField('The canteen.')
  canteenId: string;
}

@InputType({ description: 'Filter for canteens.' })
export class CanteenFilter {
  @IdField('Only this school’s canteens.', { nullable: true })
  schoolId?: string | null;

  @IdField('Only the canteen of this campus.', { nullable: true })
  campusId?: string | null;

  @EnumField(CanteenOperation, 'Only school-run or only contracted canteens.', { nullable: true })
  operation?: CanteenOperation | null;

  @DateField('Only canteens whose licence expires on or before this date, YYYY-MM-DD (licences to renew).', { nullable: true })
  licenceExpiresBy?: string | null;
}
