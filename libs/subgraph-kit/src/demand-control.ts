import { getNamedType, getNullableType, type GraphQLField, GraphQLList, GraphQLObjectType, type GraphQLSchema, isListType } from 'graphql';
import { DEFAULT_PAGE_SIZE } from '@houqin/common';

/**
 * Apollo's demand-control directives (Federation 2.9, from the IBM cost spec), written into every
 * subgraph's SDL by one rule so the gateway and Apollo Router price operations from the same numbers.
 *
 * The rule: a field with an Int `first` argument is paged by it. When it returns a list, the list
 * holds `first` items; when it returns a Connection, its `edges` and `nodes` do. Without `first` the
 * resolver uses DEFAULT_PAGE_SIZE (pagination.ts), so that is the assumed size. Lists without
 * `first` (a request's lines, a school's campuses) are short and take the gateway's default list size.
 *
 * A field that needs other numbers says so itself with type-graphql's `@Directive('@listSize(...)')`
 * or `@Directive('@cost(weight: N)')`; the rule never replaces a `@listSize` already there.
 */
export const DEMAND_CONTROL_IMPORTS = ['@cost', '@listSize'] as const;

/** The list fields of a Connection type that hold the page's items. */
const PAGE_ITEM_FIELDS = ['edges', 'nodes'];

export interface ListSizeArgs {
  assumedSize: number;
  slicingArguments: string[];
  sizedFields?: string[];
  requireOneSlicingArgument: boolean;
}

/** The `@listSize` the rule gives a field, or null when the field is not paged by `first`. */
export function pagedListSize(field: GraphQLField<unknown, unknown>): ListSizeArgs | null {
  const first = field.args.find((arg) => arg.name === 'first');
  if (!first || getNamedType(first.type).name !== 'Int') return null;
  const returned = getNullableType(field.type);
  // Without `first` the resolver pages by its own default: the argument's, else the kit's.
  const assumedSize = typeof first.defaultValue === 'number' ? first.defaultValue : DEFAULT_PAGE_SIZE;
  const base = { assumedSize, slicingArguments: ['first'], requireOneSlicingArgument: false };
  if (returned instanceof GraphQLList) return base;
  if (!(returned instanceof GraphQLObjectType)) return null;
  const itemFields = PAGE_ITEM_FIELDS.filter((name) => {
    const child = returned.getFields()[name];
    return child !== undefined && isListType(getNullableType(child.type));
  });
  return itemFields.length ? { ...base, sizedFields: itemFields } : null;
}

function hasListSize(field: GraphQLField<unknown, unknown>): boolean {
  const inAst = field.astNode?.directives?.some((directive) => directive.name.value === 'listSize') ?? false;
  const inExtensions = (field.extensions as { directives?: Record<string, unknown> } | undefined)?.directives?.listSize !== undefined;
  return inAst || inExtensions;
}

/**
 * Adds the rule's `@listSize` to every paged field of the schema's object types, in place, as
 * directive extensions (what `printSchemaWithDirectives` prints). Returns the fields it annotated.
 */
export function addDemandControl(schema: GraphQLSchema): string[] {
  const annotated: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const listSize = pagedListSize(field);
      if (!listSize || hasListSize(field)) continue;
      const extensions = (field.extensions ?? {}) as { directives?: Record<string, unknown[]> };
      const directives = { ...extensions.directives, listSize: [listSize] };
      (field as { extensions: object }).extensions = { ...extensions, directives };
      annotated.push(`${type.name}.${field.name}`);
    }
  }
  return annotated;
}
