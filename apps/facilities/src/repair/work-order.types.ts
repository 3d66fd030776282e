import { ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { WorkOrder } from './work-order.entity';

@ObjectType({ description: 'A page of work orders (维修工单).' })
export class WorkOrderConnection extends Connection(WorkOrder, 'WorkOrder') {}
