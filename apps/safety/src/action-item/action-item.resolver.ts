import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { SafetyContext } from '../context';
import { Staff, staffRef } from '../federation/staff';
import { P } from '../permissions';
import { ActionItemSource, SafetyActionItem } from './action-item.entity';
import { CompleteActionItemInput } from './action-item.inputs';

@Resolver(() => SafetyActionItem)
export class SafetyActionItemResolver {
  @FieldResolver(() => Staff, { description: 'Its owner (责任人).' })
  owner(@Root() item: SafetyActionItem) {
    return staffRef(item.ownerStaffId);
  }

  @Mutation(() => SafetyActionItem, { description: 'Mark a meeting’s action item done: its owner or the school’s safety office.' })
  completeSafetyActionItem(@Arg('input') input: CompleteActionItemInput, @Ctx() ctx: SafetyContext) {
    return ctx.actionItems.complete(ActionItemSource.MEETING, P.completeSafetyActionItem, input);
  }

  @Mutation(() => SafetyActionItem, {
    description: 'Mark an incident’s corrective or preventive action done: its owner or the school’s safety office.',
  })
  completeIncidentAction(@Arg('input') input: CompleteActionItemInput, @Ctx() ctx: SafetyContext) {
    return ctx.actionItems.complete(ActionItemSource.INCIDENT, P.completeIncidentAction, input);
  }
}
