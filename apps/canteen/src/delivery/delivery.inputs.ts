import { IsBoolean, IsInt, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DateField, EnumField, IdField, LinesField, OptionalTextField, TextField, YuanField } from '@houqin/subgraph-kit';
import { StorageKind } from '../canteen/canteen.entity';
import { QuantityInput } from '../quantity/quantity.inputs';
import { BATCH_NUMBER_MAX, DELIVERY_TEXT_MAX, DeliveryStatus, DOCUMENT_NUMBER_MAX, INVOICE_NUMBER_MAX } from './delivery.entity';

@InputType({ description: 'One item of a delivery as inspected at the door (查验明细).' })
export class DeliveryItemInput {
  @IdField('The ingredient (食材) of the district catalogue; a forbidden food is refused.')
  ingredientId: string;

  @Field(() => QuantityInput, { description: 'How much arrived, e.g. 50 kg; converted exactly into the ingredient’s base unit.' })
  @ValidateNested()
  quantity: QuantityInput;

  @YuanField('Price of one unit of the quantity as typed (per kg, per 斤, per box …); the line total must come to a whole fen.')
  unitPrice: string;

  @TextField("The producer's batch number (生产批号) from the label.", { max: BATCH_NUMBER_MAX })
  batchNumber: string;

  @DateField('Production date (生产日期), YYYY-MM-DD; not after the delivery date.')
  productionDate: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Shelf life in days (保质期), when the label states it so; give this or expiresOn, or neither for goods without one.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  shelfLifeDays?: number | null;

  @DateField('Expiry date (保质期至), when the label states it so; not before the production date.', { nullable: true })
  expiresOn?: string | null;

  @EnumField(StorageKind, 'How the label says it is kept (贮存条件): chilled and frozen goods have their temperature taken.')
  keptAt: StorageKind;

  @Field(() => String, {
    nullable: true,
    description:
      'Temperature on arrival in ℃ with at most one decimal, e.g. "4.5" or "-18": required for chilled (0–8 ℃) and frozen (−12 ℃ or colder) goods; outside the range the item is rejected.',
  })
  @IsOptional()
  @MaxLength(8)
  arrivalTemperature?: string | null;

  @IdField('The storage location (库位) of the canteen it goes to, of the kind it is kept at; required when it is accepted.', {
    nullable: true,
  })
  locationId?: string | null;

  @OptionalTextField(
    'Number of the animal quarantine certificate (动物检疫合格证明) sighted: required to accept meat and poultry.',
    DOCUMENT_NUMBER_MAX,
  )
  quarantineCertificateNumber?: string | null;

  @Field({ description: 'Whether the sensory check (感官检查: colour, smell, texture, packaging) passed; a failed one rejects the item.' })
  @IsBoolean()
  sensoryOk: boolean;

  @OptionalTextField('What the sensory check found; required when it failed.', DELIVERY_TEXT_MAX)
  sensoryNotes?: string | null;

  @OptionalTextField(
    'The inspector’s own reason to reject the item (拒收原因), e.g. "no quarantine certificate"; giving one rejects it.',
    DELIVERY_TEXT_MAX,
  )
  rejectionReason?: string | null;
}

@InputType({ description: 'Record a delivery and its receiving inspection (进货查验, 索证索票).' })
export class RecordDeliveryInput {
  @IdField('The canteen receiving it.')
  canteenId: string;

  @IdField('The supplier: active, a food supplier, with a food-business licence valid on the delivery date.')
  supplierId: string;

  @DateField("The day it arrived (到货日期), YYYY-MM-DD in the school's zone; not in the future.")
  deliveredOn: string;

  @TextField('Number of the invoice or delivery note sighted (索票).', { max: INVOICE_NUMBER_MAX })
  invoiceNumber: string;

  @TextField("Number of the supplier's food-business licence sighted (索证: 食品经营许可证).", { max: DOCUMENT_NUMBER_MAX })
  supplierLicenceNumber: string;

  @OptionalTextField('Remarks of the inspector.', DELIVERY_TEXT_MAX)
  remarks?: string | null;

  @LinesField(() => DeliveryItemInput, 'The items, 1 to 50, each with what was found at the door.', 1, 'items must list at least one item')
  items: DeliveryItemInput[];
}

@InputType({ description: 'The second inspection of a delivery with bulk staples (大宗食品复核), by a different person.' })
export class SecondInspectDeliveryInput {
  @IdField('The delivery waiting for its second inspection.')
  id: string;

  @Field({
    description: 'True to confirm the first inspection (accepted into stock); false to refuse the delivery, with a comment saying why.',
  })
  @IsBoolean()
  confirmed: boolean;

  @OptionalTextField('Comment; the reason when refusing.', DELIVERY_TEXT_MAX)
  comment?: string | null;
}

@InputType({ description: 'Filter for deliveries.' })
export class DeliveryFilter {
  @IdField('Only this school.', { nullable: true })
  schoolId?: string | null;

  @IdField('Only this canteen.', { nullable: true })
  canteenId?: string | null;

  @IdField('Only this supplier.', { nullable: true })
  supplierId?: string | null;

  @EnumField(DeliveryStatus, 'Only this status.', { nullable: true })
  status?: DeliveryStatus | null;

  @DateField('Delivered on or after this day.', { nullable: true })
  deliveredFrom?: string | null;

  @DateField('Delivered on or before this day.', { nullable: true })
  deliveredTo?: string | null;
}
