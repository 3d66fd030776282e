import { IsOptional, MaxLength } from 'class-validator';
import type { DataSource } from 'typeorm';
import {
  Arg,
  Args,
  type ClassType,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import { requirePermission, type Viewer } from '@houqin/auth';
import { conflict, type Logger, mapPage, notFound, type Page, PageArgs, PageInfo, parseId } from '@houqin/common';
import { paginate, recordAudit } from '@houqin/persistence';
import { eventTransaction } from '../embedded';
import { runningConsumer } from '../extension';
import { DeadLetter } from '../inbox.entity';
import { EVENT_TYPE_LENGTH } from '../outbox.entity';
import { DEAD_LETTER_RULES, deadLetterNames } from './dead-letter.permissions';

/**
 * Dead letters in the graph. Each consuming service parks events in its own `dead_letter` table, so
 * each serves its own: `Query.<service>DeadLetters` and `Mutation.replay<Service>DeadLetter`, made
 * by `deadLetterResolver`. The value types (`DeadLetter`, its connection, `DeadLetterReplay`) have
 * the same name and fields in every subgraph and are `@shareable`, so the gateway composes them.
 */

/** What the resolvers need of a subgraph's context (the kit's `SubgraphContext` has it). */
export interface DeadLetterContext {
  viewer: Viewer | null;
  requestId: string;
  logger: Logger;
  dataSource: DataSource;
}

@InputType({ description: 'Which dead letters to list.' })
export class DeadLetterFilter {
  @Field(() => String, { nullable: true, description: 'Only letters of this event type, e.g. `finance.purchaseRequest.submitted`.' })
  @IsOptional()
  @MaxLength(EVENT_TYPE_LENGTH, { message: `type must be at most ${EVENT_TYPE_LENGTH} characters` })
  type?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Also list letters already replayed; when omitted or false, only those still awaiting a replay.',
  })
  includeReplayed?: boolean | null;
}

export enum DeadLetterReplayOutcome {
  HANDLED = 'HANDLED',
  ALREADY_APPLIED = 'ALREADY_APPLIED',
  STILL_FAILING = 'STILL_FAILING',
}

registerEnumType(DeadLetterReplayOutcome, {
  name: 'DeadLetterReplayOutcome',
  description: 'What a replay of a dead letter did.',
  valuesConfig: {
    HANDLED: { description: 'The event was applied now, once; the letter is marked replayed.' },
    ALREADY_APPLIED: { description: 'Nothing to do: the letter was replayed before, or its event had been applied already.' },
    STILL_FAILING: { description: 'The handler failed again: the letter stays parked with the new error.' },
  },
});

// Not reachable from any resolver by itself, so type-graphql does not emit it; each service's DeadLetter inherits its fields.
@ObjectType('DeadLetterFields')
abstract class DeadLetterFields {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'Id of the parked event (its envelope id, UUIDv7).' })
  eventId: string;

  @Field({ description: 'Event type, e.g. `finance.purchaseRequest.submitted` (the catalogue is in docs/events.md).' })
  type: string;

  @Field(() => ID, { nullable: true, description: 'The school the event concerns; null for a district-wide event.' })
  schoolId: string | null;

  @Field({ description: "Why it is parked: the handler's last error, or how the event failed to match the catalogue." })
  error: string;

  @Field(() => Int, {
    description: 'Failed attempts, replays included (0 for an event parked at once because it did not match the catalogue).',
  })
  attempts: number;

  @Field({ description: 'When it was parked.' })
  parkedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When a replay applied it (or found it applied); null while it awaits a replay.' })
  replayedAt: Date | null;

  @Field({ description: "The event's payload as JSON text (the envelope as stored if it could not be read as one)." })
  payload: string;
}

/** One service's dead letters in its graph: the query, the replay mutation and their types. */
export interface DeadLetterGraphOptions<C extends DeadLetterContext> {
  /**
   * The service's `School` type and how to resolve one for the `school` field: the directory loads
   * its own row, another service returns its `@key` stub (`schoolRef(id)`) for the gateway to fill.
   */
  school: {
    type: ClassType;
    load(context: C, schoolId: string): unknown;
  };
}

/**
 * The resolver class that gives a consuming service its dead letters in the graph:
 *
 *   resolvers: [..., deadLetterResolver<DirectoryContext>('directory', { school: { type: School, load: … } })],
 *
 * with `...deadLetterPermissions('directory')` spread into the service's permission table. Reading
 * needs DISTRICT_ADMIN or DISTRICT_AUDITOR and shows only the viewer's district; replaying needs
 * DISTRICT_ADMIN and goes through the consumer the service's events extension runs.
 */
export function deadLetterResolver<C extends DeadLetterContext>(service: string, options: DeadLetterGraphOptions<C>): ClassType {
  const names = deadLetterNames(service);

  // Classes per service (the School type differs); one GraphQL name for all, shared by the subgraphs.
  @ObjectType('DeadLetter', {
    description: 'An event a service could not apply, parked with its error until a district administrator replays it (死信).',
  })
  @Directive('@shareable')
  class ServiceDeadLetter extends DeadLetterFields {
    @Field(() => options.school.type, {
      nullable: true,
      description: 'The school itself, as the graph knows it; null for a district-wide event or a school you cannot see.',
    })
    school?: unknown;
  }

  @ObjectType('DeadLetterEdge', { description: 'One DeadLetter in a page, with its cursor.' })
  @Directive('@shareable')
  class DeadLetterEdge {
    @Field(() => ServiceDeadLetter)
    node: ServiceDeadLetter;

    @Field({ description: 'Opaque position of this item; pass it as `after` to continue.' })
    cursor: string;
  }

  @ObjectType('DeadLetterConnection', { description: 'A page of dead letters, newest first.' })
  @Directive('@shareable')
  class DeadLetterConnection {
    @Field(() => [DeadLetterEdge], { description: 'Items with their cursors.' })
    edges: DeadLetterEdge[];

    @Field(() => [ServiceDeadLetter], { description: 'The items of this page, in order (a shortcut for edges.node).' })
    nodes: ServiceDeadLetter[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }

  @ObjectType('DeadLetterReplay', { description: 'What replaying a dead letter did.' })
  @Directive('@shareable')
  class DeadLetterReplay {
    @Field(() => DeadLetterReplayOutcome, { description: 'Applied now, applied before, or still failing.' })
    outcome: DeadLetterReplayOutcome;

    @Field(() => String, { nullable: true, description: 'The new error when it is still failing; null otherwise.' })
    error: string | null;

    @Field(() => ServiceDeadLetter, { description: 'The letter as it is now.' })
    deadLetter: ServiceDeadLetter;
  }

  @Resolver(() => ServiceDeadLetter)
  class DeadLetterResolver {
    @Query(() => DeadLetterConnection, {
      name: names.query,
      description: `Events the ${service} service could not apply (死信), newest first: district administrators and auditors, for their district.`,
    })
    deadLetters(
      @Args() page: PageArgs,
      @Arg('filter', () => DeadLetterFilter, { nullable: true }) filter: DeadLetterFilter | null,
      @Ctx() ctx: C,
    ): Promise<Page<DeadLetterFields>> {
      return listDeadLetters(ctx, page, filter ?? {});
    }

    @Mutation(() => DeadLetterReplay, {
      name: names.mutation,
      description: `Apply a dead letter of the ${service} service again, after its cause was fixed (district administrators): once, whatever the number of replays.`,
    })
    replay(@Arg('id', () => ID, { description: 'The dead letter.' }) id: string, @Ctx() ctx: C): Promise<DeadLetterReplay> {
      return replayDeadLetter(ctx, service, id) as Promise<DeadLetterReplay>;
    }

    @FieldResolver()
    school(@Root() letter: DeadLetterFields, @Ctx() ctx: C): unknown {
      return letter.schoolId ? options.school.load(ctx, letter.schoolId) : null;
    }
  }

  return DeadLetterResolver;
}

async function listDeadLetters(ctx: DeadLetterContext, page: PageArgs, filter: DeadLetterFilter): Promise<Page<DeadLetterFields>> {
  const viewer = requirePermission(ctx.viewer, DEAD_LETTER_RULES.readDeadLetters);
  const qb = ctx.dataSource
    .getRepository(DeadLetter)
    .createQueryBuilder('letter')
    .comment('deadLetter.list')
    .where('letter.districtId = :districtId', { districtId: viewer.districtId });
  if (!filter.includeReplayed) qb.andWhere('letter.replayedAt IS NULL');
  if (filter.type) qb.andWhere('letter.type = :type', { type: filter.type });
  // Newest first: ids are UUIDv7, made when the letter was parked.
  return mapPage(await paginate(qb, page, 'DESC'), toNode);
}

async function replayDeadLetter(
  ctx: DeadLetterContext,
  service: string,
  id: string,
): Promise<{ outcome: DeadLetterReplayOutcome; error: string | null; deadLetter: DeadLetterFields }> {
  const viewer = requirePermission(ctx.viewer, DEAD_LETTER_RULES.replayDeadLetter);
  const letterId = parseId(id, 'id');
  const letters = ctx.dataSource.getRepository(DeadLetter);
  // Another district's letter is answered like one that does not exist.
  const letter = await letters.findOneBy({ id: letterId, districtId: viewer.districtId });
  if (!letter) throw notFound('DeadLetter', letterId);
  const consumer = runningConsumer(ctx.dataSource);
  if (!consumer) throw conflict(`The ${service} service is not consuming events at the moment; replay the letter once it does.`);

  const result = await consumer.replay(letter.id);
  const outcome =
    result.outcome === 'handled'
      ? DeadLetterReplayOutcome.HANDLED
      : result.outcome === 'duplicate'
        ? DeadLetterReplayOutcome.ALREADY_APPLIED
        : DeadLetterReplayOutcome.STILL_FAILING;
  const error = outcome === DeadLetterReplayOutcome.STILL_FAILING ? (result.error ?? 'the handler failed') : null;
  if (!letter.replayedAt) {
    // Written after the replay's own transaction (the consumer owns it): who replayed, and what came of it.
    await eventTransaction(ctx.dataSource, (manager) =>
      recordAudit(manager, ctx, {
        action: 'deadLetter.replay',
        entityType: 'DeadLetter',
        entityId: letter.id,
        districtId: letter.districtId,
        schoolId: letter.schoolId,
        changes: { eventId: letter.eventId, type: letter.type, outcome, error },
      }),
    );
  }
  ctx.logger.info({ deadLetterId: letter.id, eventId: letter.eventId, type: letter.type, outcome, error }, 'dead letter replayed');
  return { outcome, error, deadLetter: toNode(await letters.findOneByOrFail({ id: letter.id })) };
}

function toNode(letter: DeadLetter): DeadLetterFields {
  const { id, eventId, type, schoolId, error, attempts, parkedAt, replayedAt } = letter;
  return { id, eventId, type, schoolId, error, attempts, parkedAt, replayedAt, payload: payloadText(letter.envelope) };
}

/** The payload of a stored envelope as JSON; the stored text itself when it is not a readable envelope (cut, or not one). */
function payloadText(envelope: string): string {
  try {
    const parsed: unknown = JSON.parse(envelope);
    if (parsed && typeof parsed === 'object' && 'payload' in parsed) return JSON.stringify(parsed.payload ?? null);
  } catch {
    // falls through: shown as stored
  }
  return envelope;
}
