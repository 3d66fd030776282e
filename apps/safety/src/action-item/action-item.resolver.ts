import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, PageArgs } from '@houqin/common';
import type { SafetyContext } from '../context';
import { Staff, staffRef } from '../federation/staff';
import { P } from '../permissions';
import { ActionItemSource, SafetyActionItem } from './action-item.entity';
import { CompleteActionItemInput } from './action-item.inputs';

@ObjectType({ description: 'A page of action items (落实事项).' })
export class SafetyActionItemConnection extends Connection(SafetyActionItem, 'SafetyActionItem') {}

@Resolver(() => SafetyActionItem)
export class SafetyActionItemResolver {
  @Query(() => SafetyActionItemConnection, {
    description:
      'The open action items you own (我的落实事项), from meetings and incidents of your schools, oldest first: to carry out and mark done. Empty without a staff record.',
  })
  mySafetyActionItems(@Args() page: PageArgs, @Ctx() ctx: SafetyContext) {
    return ctx.actionItems.mine(page);
  }

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
