import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { FinanceContext } from '../context';
import { School, schoolRef } from '../federation/school';
import { ClosedPeriod, JournalEntry, JournalLine } from './ledger.entity';
import {
  ClosePeriodInput,
  JournalEntryFilter,
  PostJournalEntryInput,
  PostRefundInput,
  ReverseJournalEntryInput,
  TransferBetweenFundsInput,
} from './ledger.inputs';
import { FundTransfer, JournalEntryConnection } from './ledger.types';

@Resolver(() => JournalEntry)
export class LedgerResolver {
  @Query(() => JournalEntryConnection, {
    description: 'Journal entries of the schools whose books you read (finance staff, district roles).',
  })
  journalEntries(
    @Args() page: PageArgs,
    @Arg('filter', () => JournalEntryFilter, { nullable: true }) filter: JournalEntryFilter | null,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.ledger.entries(filter ?? {}, page);
  }

  @FieldResolver(() => [JournalLine], { description: "The entry's debits and credits." })
  lines(@Root() entry: JournalEntry, @Ctx() ctx: FinanceContext) {
    return ctx.ledger.linesOf(entry.id);
  }

  @FieldResolver(() => School, { description: 'The school whose books these are.' })
  school(@Root() entry: JournalEntry) {
    return schoolRef(entry.schoolId);
  }

  @Mutation(() => JournalEntry, { description: "Post a manual, balanced journal entry (the school's accountant)." })
  postJournalEntry(@Arg('input') input: PostJournalEntryInput, @Ctx() ctx: FinanceContext) {
    return ctx.ledger.postManual(input);
  }

  @Mutation(() => JournalEntry, {
    description: 'Reverse an entry with a new, opposite entry (红字冲销); the original is never changed. Once per entry.',
  })
  reverseJournalEntry(@Arg('input') input: ReverseJournalEntryInput, @Ctx() ctx: FinanceContext) {
    return ctx.ledger.reverse(input);
  }

  @Mutation(() => JournalEntry, {
    description:
      'Post a refund (退款) of a payment: Dr BANK / Cr the cost it charged, giving the budget back; at most what it charged, net of earlier refunds.',
  })
  postRefund(@Arg('input') input: PostRefundInput, @Ctx() ctx: FinanceContext) {
    return ctx.ledger.postRefund(input);
  }

  @Mutation(() => FundTransfer, {
    description: "Move money between the school's two accounts (内部转账): an entry in each, through INTERNAL_TRANSFER.",
  })
  transferBetweenFunds(@Arg('input') input: TransferBetweenFundsInput, @Ctx() ctx: FinanceContext) {
    return ctx.ledger.transfer(input);
  }

  @Mutation(() => ClosedPeriod, { description: 'Close a month of one account (月结); nothing posts into it afterwards.' })
  closePeriod(@Arg('input') input: ClosePeriodInput, @Ctx() ctx: FinanceContext) {
    return ctx.ledger.closePeriod(input);
  }
}
