import { ArrayMaxSize, IsBoolean } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { EnumField, OptionalTextField, TextField } from '@houqin/subgraph-kit';
import { WORK_ORDER_TEXT_MAX, WORK_ORDER_TITLE_MAX, WorkOrderCategory } from './work-order.entity';
import { MAX_PHOTO_REFS } from './work-order.rules';

@InputType({ description: 'A repair reported from a room’s QR link (扫码报修), without an account.' })
export class ReportRepairByQrInput {
  @TextField('The room’s QR code: the 12 characters after /r/ in the link on its door.', { max: 40 })
  qrCode: string;

  @TextField('What is wrong, in a line.', { max: WORK_ORDER_TITLE_MAX })
  title: string;

  @TextField('The problem in your words.', { max: WORK_ORDER_TEXT_MAX })
  description: string;

  @EnumField(WorkOrderCategory, 'What kind of repair it is; OTHER when unsure.')
  category: WorkOrderCategory;

  @Field({ defaultValue: false, description: 'True for a safety matter (安全隐患): due the same school day.' })
  @IsBoolean()
  safety: boolean;

  @Field({ defaultValue: false, description: 'True when it cannot wait: due within 24 hours.' })
  @IsBoolean()
  urgent: boolean;

  @OptionalTextField('Your name, if you want to leave it (optional).', 60)
  name?: string | null;

  @OptionalTextField('A phone number to reach you, if you want to leave it (optional).', 30)
  phone?: string | null;

  @Field(() => [String], { defaultValue: [], description: `References to photos (uploaded elsewhere), at most ${MAX_PHOTO_REFS}.` })
  @ArrayMaxSize(MAX_PHOTO_REFS)
  photoRefs: string[];
}

@InputType({ description: 'Rate a repair you reported from a QR link, through its secret status link.' })
export class RateRepairByTokenInput {
  @TextField('The secret token of your status link.', { max: 64 })
  token: string;

  @Field(() => Int, { description: '1 (poor) to 5 (excellent).' })
  rating: number;

  @OptionalTextField('A comment.', WORK_ORDER_TEXT_MAX)
  comment?: string | null;
}
