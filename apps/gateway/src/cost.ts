import type { ApolloServerPlugin } from '@apollo/server';
import {
  buildASTSchema,
  type ConstDirectiveNode,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  isCompositeType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
  type ValueNode,
  valueFromASTUntyped,
} from 'graphql';

/**
 * Static cost of an operation before it runs, as Apollo Router's demand control estimates it
 * (`static_estimated`, from the IBM cost spec), read from the supergraph's `@cost` and `@listSize`:
 * - a mutation costs 10 to start with, a query 0;
 * - every object, interface or union a field returns costs 1, scalars and enums 0, unless `@cost`
 *   on the field (or else on its type) says otherwise; its selections are added to it;
 * - a list multiplies that by its size: the size a parent's `@listSize(sizedFields:)` gives it, else
 *   its own `@listSize` (the largest slicing argument: default, literal or variable; else
 *   `assumedSize`), else the configured default list size;
 * - arguments add the `@cost` of their definitions, and 1 for each input object given;
 * - `__typename` and introspection cost nothing; fields under `@skip(if: true)`/`@include(if: false)` neither.
 * Fragments are priced where they are spread, every type condition counted (an upper bound).
 */

export const COST_ESTIMATED_TOO_EXPENSIVE = 'COST_ESTIMATED_TOO_EXPENSIVE';
/** Apollo Router's code for an operation it cannot price (e.g. `requireOneSlicingArgument` unmet). */
export const COST_QUERY_PARSE_FAILURE = 'COST_QUERY_PARSE_FAILURE';
const MUTATION_BASE_COST = 10;

interface ListSize {
  /** The size the directive gives (null: none could be worked out). */
  expectedSize: number | null;
  sizedFields: readonly string[] | null;
}

/** The supergraph's names for the cost spec's directives (the `@link` may import or rename them). */
function directiveNames(schema: GraphQLSchema): { cost: Set<string>; listSize: Set<string> } {
  const cost = new Set(['cost', 'cost__cost', 'federation__cost']);
  const listSize = new Set(['listSize', 'cost__listSize', 'federation__listSize']);
  for (const node of [schema.astNode, ...schema.extensionASTNodes]) {
    for (const link of node?.directives ?? []) {
      const args = Object.fromEntries((link.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value)]));
      if (link.name.value !== 'link' || typeof args.url !== 'string' || !/\/(cost|federation)\/v/.test(args.url)) continue;
      const prefix = typeof args.as === 'string' ? args.as : /\/cost\//.test(args.url) ? 'cost' : 'federation';
      cost.add(`${prefix}__cost`);
      listSize.add(`${prefix}__listSize`);
      for (const imported of (args.import as unknown[] | undefined) ?? []) {
        const { name, as } = typeof imported === 'string' ? { name: imported, as: imported } : (imported as { name: string; as?: string });
        if (name === '@cost') cost.add((as ?? name).slice(1));
        if (name === '@listSize') listSize.add((as ?? name).slice(1));
      }
    }
  }
  return { cost, listSize };
}

function directiveArgs(node: ConstDirectiveNode): Record<string, unknown> {
  return Object.fromEntries((node.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value)]));
}

export class CostEstimationError extends Error {}

/** Prices operations against one supergraph; build once, use for every request. */
export class CostModel {
  readonly schema: GraphQLSchema;
  private readonly names: { cost: Set<string>; listSize: Set<string> };
  // Directive arguments read once per schema element, not once per request.
  private readonly weights = new WeakMap<object, number | null>();
  private readonly listSizeDirectives = new WeakMap<object, Record<string, unknown> | null>();

  constructor(
    supergraphSdl: string,
    /** The size assumed for a list nothing else sizes (the Router's `static_estimated.list_size`). */
    readonly defaultListSize: number,
  ) {
    this.schema = buildASTSchema(parse(supergraphSdl), { assumeValidSDL: true });
    this.names = directiveNames(this.schema);
  }

  /**
   * The cost of `operation` (one of `document`'s) with these variables. Throws CostEstimationError
   * when a field's `@listSize(requireOneSlicingArgument: true)` is not met.
   */
  estimate(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): number {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    // Variables not sent take their declared defaults, as execution would.
    const values: Record<string, unknown> = {};
    for (const definition of operation.variableDefinitions ?? []) {
      const name = definition.variable.name.value;
      values[name] =
        name in variables ? variables[name] : definition.defaultValue ? valueFromASTUntyped(definition.defaultValue) : undefined;
    }
    const root =
      operation.operation === 'mutation'
        ? this.schema.getMutationType()
        : operation.operation === 'subscription'
          ? this.schema.getSubscriptionType()
          : this.schema.getQueryType();
    if (!root) throw new CostEstimationError(`The graph has no ${operation.operation} type.`);
    const scorer = new Scorer(this, fragments, values);
    return (operation.operation === 'mutation' ? MUTATION_BASE_COST : 0) + scorer.selectionSet(operation.selectionSet, root, null);
  }

  /** `@cost(weight:)` on a field, argument or type, if any (read once per schema element). */
  weightOf(node: { astNode?: { directives?: readonly ConstDirectiveNode[] } | null } | undefined): number | null {
    if (!node) return null;
    const known = this.weights.get(node);
    if (known !== undefined) return known;
    const directive = node.astNode?.directives?.find((d) => this.names.cost.has(d.name.value));
    const weight = directive ? Number(directiveArgs(directive).weight) : NaN;
    const result = Number.isFinite(weight) ? weight : null;
    this.weights.set(node, result);
    return result;
  }

  private listSizeDirectiveOf(field: GraphQLField<unknown, unknown>): Record<string, unknown> | null {
    let args = this.listSizeDirectives.get(field);
    if (args === undefined) {
      const directive = field.astNode?.directives?.find((d) => this.names.listSize.has(d.name.value));
      args = directive ? directiveArgs(directive) : null;
      this.listSizeDirectives.set(field, args);
    }
    return args;
  }

  /** The field's `@listSize` worked out for this use of it. */
  listSizeOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): ListSize | null {
    const args = this.listSizeDirectiveOf(field);
    if (!args) return null;
    const slicingNames = Array.isArray(args.slicingArguments) ? (args.slicingArguments as string[]) : null;
    const slices = new Map<string, number>();
    if (slicingNames) {
      for (const arg of field.args) {
        if (slicingNames.includes(arg.name) && Number.isInteger(arg.defaultValue)) slices.set(arg.name, arg.defaultValue as number);
      }
      for (const arg of node.arguments ?? []) {
        if (!slicingNames.includes(arg.name.value)) continue;
        const value = arg.value.kind === Kind.VARIABLE ? variables[arg.value.name.value] : valueFromASTUntyped(arg.value);
        // A negative size would lower the total: `first: -1000000` beside a flood must not pay for it.
        if (Number.isInteger(value)) slices.set(arg.name.value, Math.max(0, value as number));
      }
      // The directive's argument defaults to true (cost spec), as the Router reads it.
      if (args.requireOneSlicingArgument !== false && slices.size !== 1) {
        throw new CostEstimationError(
          `${field.name} needs exactly one of its slicing arguments (${slicingNames.join(', ')}) to be priced; found ${slices.size}.`,
        );
      }
    }
    const assumed = Number.isInteger(args.assumedSize) ? (args.assumedSize as number) : null;
    return {
      expectedSize: slices.size ? Math.max(...slices.values()) : assumed,
      sizedFields: Array.isArray(args.sizedFields) ? (args.sizedFields as string[]) : null,
    };
  }
}

/** One estimate's walk: fragments priced once per place they are spread into, variables at hand. */
class Scorer {
  private readonly fragmentCosts = new Map<string, number>();

  constructor(
    private readonly model: CostModel,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  selectionSet(selectionSet: SelectionSetNode | undefined, parent: GraphQLNamedType, parentListSize: ListSize | null): number {
    let cost = 0;
    for (const selection of selectionSet?.selections ?? []) {
      if (this.skipped(selection.directives)) continue;
      if (selection.kind === Kind.FIELD) {
        cost += this.field(selection, parent, parentListSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.model.schema.getType(selection.typeCondition.name.value) : parent;
        cost += this.selectionSet(selection.selectionSet, type ?? parent, parentListSize);
      } else {
        cost += this.fragmentSpread(selection.name.value, parentListSize);
      }
    }
    return cost;
  }

  /** A fragment spread many times (or spread inside fragments spread many times) is walked once. */
  private fragmentSpread(name: string, parentListSize: ListSize | null): number {
    const fragment = this.fragments.get(name);
    if (!fragment) throw new CostEstimationError(`Unknown fragment ${name}.`);
    const key = `${name}|${parentListSize?.expectedSize ?? ''}|${parentListSize?.sizedFields?.join(',') ?? ''}`;
    const known = this.fragmentCosts.get(key);
    if (known !== undefined) return known;
    this.fragmentCosts.set(key, 0); // a cycle (invalid anyway) adds nothing
    const type = this.model.schema.getType(fragment.typeCondition.name.value);
    if (!type) throw new CostEstimationError(`Unknown type ${fragment.typeCondition.name.value}.`);
    const cost = this.selectionSet(fragment.selectionSet, type, parentListSize);
    this.fragmentCosts.set(key, cost);
    return cost;
  }

  private field(node: FieldNode, parent: GraphQLNamedType, parentListSize: ListSize | null): number {
    const name = node.name.value;
    // __typename is free (as in the Router); introspection is not priced (it is off in production).
    if (name.startsWith('__')) return 0;
    if (!isObjectType(parent) && !isInterfaceType(parent)) return 0;
    const field = parent.getFields()[name];
    if (!field) throw new CostEstimationError(`Field ${parent.name}.${name} is not in the graph.`);
    const ownListSize = this.model.listSizeOf(field, node, this.variables);
    const type = getNamedType(field.type);
    let instances = 1;
    if (isListType(getNullableType(field.type))) {
      const fromParent = parentListSize?.sizedFields?.includes(name) ? parentListSize.expectedSize : null;
      instances = fromParent ?? ownListSize?.expectedSize ?? this.model.defaultListSize;
    }
    let typeCost = this.model.weightOf(field) ?? this.model.weightOf(type) ?? (isCompositeType(type) ? 1 : 0);
    typeCost += this.selectionSet(node.selectionSet, type, ownListSize);
    let argumentsCost = 0;
    for (const arg of node.arguments ?? []) {
      const definition = field.args.find((a) => a.name === arg.name.value);
      if (definition) argumentsCost += this.argument(arg.value, definition);
    }
    return instances * typeCost + argumentsCost;
  }

  /** An argument's cost: its `@cost`, 1 per input object given (with its fields' costs), summed over lists. */
  private argument(value: ValueNode | unknown, definition: GraphQLArgument | GraphQLInputField): number {
    const resolved = isValueNode(value)
      ? value.kind === Kind.VARIABLE
        ? this.variables[value.name.value]
        : valueFromASTUntyped(value)
      : value;
    return this.inputValue(resolved, definition, definition.type);
  }

  private inputValue(value: unknown, definition: GraphQLArgument | GraphQLInputField, type: GraphQLInputType): number {
    if (value === null || value === undefined) return 0;
    const weight = this.model.weightOf(definition);
    const inner = getNullableType(type);
    if (Array.isArray(value)) {
      const itemType = isListType(inner) ? inner.ofType : inner;
      return (weight ?? 0) + value.reduce((sum: number, item) => sum + this.inputValue(item, definition, itemType), 0);
    }
    if (isInputObjectType(inner) && typeof value === 'object') {
      const fields = inner.getFields();
      let cost = weight ?? 1;
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
        if (fields[key]) cost += this.inputValue(child, fields[key], fields[key].type);
      }
      return cost;
    }
    return weight ?? 0;
  }

  private skipped(directives: readonly DirectiveNode[] | undefined): boolean {
    for (const directive of directives ?? []) {
      if (directive.name.value !== 'skip' && directive.name.value !== 'include') continue;
      const condition = directive.arguments?.find((arg) => arg.name.value === 'if')?.value;
      if (!condition) continue;
      const value = condition.kind === Kind.VARIABLE ? this.variables[condition.name.value] : valueFromASTUntyped(condition);
      if (directive.name.value === 'skip' ? value === true : value === false) return true;
    }
    return false;
  }
}

function isValueNode(value: unknown): value is ValueNode {
  return typeof value === 'object' && value !== null && 'kind' in value && typeof (value as { kind: unknown }).kind === 'string';
}

/** The refusal a client sees: the Router's code, with the estimate and the budget. */
export function tooExpensive(estimated: number, max: number): GraphQLError {
  return new GraphQLError(
    `This operation is estimated to cost ${estimated}, over the limit of ${max}: ask for fewer items (a smaller \`first\`) or fewer nested lists, or split it.`,
    { extensions: { code: COST_ESTIMATED_TOO_EXPENSIVE, cost: { estimated, max }, http: { status: 400 } } },
  );
}

export interface CostLimitOptions {
  /** The largest estimated cost the gateway runs (`MAX_QUERY_COST`). */
  maxCost: number;
}

/** Variables longer than this as JSON are priced every time (a big mutation input is rarely sent twice). */
const MAX_CACHED_VARIABLES_JSON = 1024;
/** Distinct variable sets remembered per operation; past it the oldest is forgotten. */
const MAX_CACHED_VARIABLE_SETS = 32;

/**
 * Estimates remembered per operation: Apollo Server hands the same parsed document to every request
 * of the same query text, so a repeated operation with the same variables is priced once, not walked
 * again per request (the walk was ~2% of the gateway's CPU under the bench). Keyed weakly by the
 * operation's AST node, so documents Apollo's cache drops take their estimates with them; variables
 * by their JSON text, as the client sent them.
 */
export class EstimateCache {
  private readonly byOperation = new WeakMap<OperationDefinitionNode, Map<string, number>>();

  constructor(private readonly model: CostModel) {}

  estimate(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): number {
    const key = operation.variableDefinitions?.length ? JSON.stringify(variables) : '';
    if (key.length > MAX_CACHED_VARIABLES_JSON) return this.model.estimate(document, operation, variables);
    let known = this.byOperation.get(operation);
    const cached = known?.get(key);
    if (cached !== undefined) return cached;
    // Errors (an unmet slicing argument) are not remembered: they are rare and cheap to find again.
    const estimated = this.model.estimate(document, operation, variables);
    if (!known) this.byOperation.set(operation, (known = new Map()));
    if (known.size >= MAX_CACHED_VARIABLE_SETS) known.delete(known.keys().next().value as string);
    known.set(key, estimated);
    return estimated;
  }
}

/**
 * Refuses an operation whose estimate is over the budget once Apollo Server has parsed and validated
 * it, before the gateway plans or sends anything to a subgraph.
 */
export function costLimitPlugin<C extends object>(model: CostModel, { maxCost }: CostLimitOptions): ApolloServerPlugin<C> {
  const estimates = new EstimateCache(model);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return; // Apollo Server answers that itself
          let estimated: number;
          try {
            estimated = estimates.estimate(document, operation, request.variables ?? {});
          } catch (error) {
            if (!(error instanceof CostEstimationError)) throw error;
            throw new GraphQLError(error.message, { extensions: { code: COST_QUERY_PARSE_FAILURE, http: { status: 400 } } });
          }
          if (estimated > maxCost) throw tooExpensive(estimated, maxCost);
        },
      };
    },
  };
}
