import { Field, Int, ObjectType } from 'type-graphql';
import { WorkOrderStatus } from './work-order.entity';

@ObjectType({ description: 'One step of a repair as its QR reporter sees it: what happened and when, not who.' })
export class RepairStatusStep {
  @Field({ description: 'What was done (REPORTED, COSTED, APPROVED, ASSIGNED, STARTED, FINISHED, ACCOUNTED, RATED, REJECTED, TRIAGED).' })
  action: string;

  @Field({ description: 'When.' })
  occurredAt: Date;
}

@ObjectType({
  description:
    'A repair reported from a QR link, as its secret status link shows it (报修进度): its own status and nothing else — no room, no people, no costs.',
})
export class RepairStatus {
  @Field({ description: 'What was reported.' })
  title: string;

  @Field(() => WorkOrderStatus, { description: 'Where the repair is.' })
  status: WorkOrderStatus;

  @Field({ description: 'When it was reported.' })
  reportedAt: Date;

  @Field({ description: 'When it is due to be repaired by.' })
  dueAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the repair was finished.' })
  finishedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was not repaired, if rejected.' })
  rejectionReason: string | null;

  @Field({ description: 'True once the final account is recorded and it waits for your rating (rateRepairByToken).' })
  canRate: boolean;

  @Field(() => Int, { nullable: true, description: 'Your rating, once given.' })
  rating: number | null;

  @Field(() => [RepairStatusStep], { description: 'Its steps, oldest first.' })
  steps: RepairStatusStep[];
}

@ObjectType({ description: 'The receipt of a repair reported from a QR link: keep the token, it is shown once.' })
export class QrRepairReceipt {
  @Field({
    description:
      'The secret token of your status link (`/repair-status/<token>` in the console): the only way to follow and rate this report.',
  })
  statusToken: string;

  @Field(() => WorkOrderStatus, { description: 'Where the repair is.' })
  status: WorkOrderStatus;

  @Field({ description: 'When it is due to be repaired by.' })
  dueAt: Date;
}
