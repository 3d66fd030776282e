import { type DocumentNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { CostEstimationError, CostModel, EstimateCache } from '../src/cost';
import { readFileSync } from 'node:fs';
import { DEFAULT_SUPERGRAPH_PATH } from '../src/config';

/** The pure estimator: the Router's documented examples, then the real supergraph's numbers. */

const operationOf = (document: DocumentNode) =>
  document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
const costOf = (model: CostModel, query: string, variables?: Record<string, unknown>) => {
  const document = parse(query);
  return model.estimate(document, operationOf(document), variables);
};

// The schema of Apollo Router's demand-control documentation, with the directives it declares.
const BOOKS = `
  schema @link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@cost", "@listSize"]) { query: Query mutation: Mutation }
  directive @link(url: String, as: String, import: [link__Import]) repeatable on SCHEMA
  scalar link__Import
  directive @cost(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
  type Query {
    book(id: ID): Book
    bestsellers: [Book] @listSize(assumedSize: 5)
    newestAdditions(after: ID, limit: Int!): [Book] @listSize(slicingArguments: ["limit"])
    shelves: [Shelf]
    page(first: Int, last: Int): BookPage @listSize(slicingArguments: ["first", "last"], sizedFields: ["items"])
    priced(first: Int): BookPage @listSize(slicingArguments: ["first"], sizedFields: ["items"], requireOneSlicingArgument: false, assumedSize: 7)
  }
  type Mutation { addBook(input: BookInput!): Book }
  input BookInput { title: String! tags: [Tag!] }
  input Tag { name: String! @cost(weight: 2) }
  type Book { title: String author: Author publisher: Publisher }
  type Author { name: String }
  type Publisher { name: String address: Address }
  type Address @cost(weight: 5) { zipCode: Int! }
  type Shelf { books: [Book] }
  type BookPage { items: [Book] total: Int }
`;
const BOOK = 'title author { name } publisher { name address { zipCode } }';

describe('cost of an operation (Apollo Router demand-control rules)', () => {
  const model = new CostModel(BOOKS, 10);

  it('prices the documentation’s examples as the Router does: 8, 40, 24 and 56', () => {
    expect(costOf(model, `{ book(id: 1) { ${BOOK} } }`)).toBe(8); // 1 + 1 + 1 + 5 (Address @cost 5)
    expect(costOf(model, `{ bestsellers { ${BOOK} } }`)).toBe(40); // 5 × 8
    expect(costOf(model, `{ newestAdditions(limit: 3) { ${BOOK} } }`)).toBe(24);
    expect(costOf(model, `query($n: Int!) { newestAdditions(limit: $n) { ${BOOK} } }`, { n: 7 })).toBe(56);
  });

  it('sizes an unsized list by the default list size, and lists of lists multiply', () => {
    expect(costOf(model, '{ shelves { books { title } } }')).toBe(10 * (1 + 10 * 1));
  });

  it('sizes a page’s items by the largest slicing argument, else its assumed size, and its wrapper costs 1', () => {
    expect(costOf(model, '{ page(first: 4) { total items { title } } }')).toBe(1 + 4);
    expect(costOf(model, '{ priced { items { title } } }')).toBe(1 + 7);
    expect(costOf(model, '{ priced(first: 30) { items { title } } }')).toBe(1 + 30);
    expect(() => costOf(model, '{ page(first: 4, last: 6) { items { title } } }')).toThrow(CostEstimationError);
  });

  it('never lets a negative slicing argument take cost off the rest of the operation', () => {
    expect(costOf(model, '{ a: newestAdditions(limit: 3) { title } b: newestAdditions(limit: -1000) { title } }')).toBe(3);
  });

  it('counts aliases, fragments and inline fragments every time they are used, and __typename and skipped fields not at all', () => {
    const three = `{ a: book(id: 1) { title } b: book(id: 2) { ...F } c: book(id: 3) { ... on Book { title } } } fragment F on Book { title }`;
    expect(costOf(model, three)).toBe(3);
    const typenames = `{ ${Array.from({ length: 2000 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    expect(costOf(model, typenames)).toBe(0);
    expect(costOf(model, 'query($no: Boolean!) { book { title } other: book @include(if: $no) { title } }', { no: false })).toBe(1);
  });

  it('starts a mutation at 10 and adds 1 per input object given and the @cost of its input fields', () => {
    expect(costOf(model, 'mutation { addBook(input: { title: "x" }) { title } }')).toBe(10 + 1 + 1);
    const tagged = 'mutation($input: BookInput!) { addBook(input: $input) { title } }';
    expect(costOf(model, tagged, { input: { title: 'x', tags: [{ name: 'a' }, { name: 'b' }] } })).toBe(10 + 1 + (1 + (1 + 2) * 2));
  });

  it('prices a fragment bomb without walking it exponentially', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on Book { title }` : `fragment F${i} on Book { ...F${i + 1} ...F${i + 1} }`,
    );
    const started = performance.now();
    expect(costOf(model, `{ book { ...F0 } } ${fragments.join(' ')}`)).toBe(1);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('estimates remembered per operation (EstimateCache)', () => {
  /** The real model, counting the walks it does. */
  class CountingModel extends CostModel {
    walks = 0;
    override estimate(...args: Parameters<CostModel['estimate']>): number {
      this.walks++;
      return super.estimate(...args);
    }
  }

  it('prices a repeated operation once per set of variables, and each set as the model does', () => {
    const model = new CountingModel(BOOKS, 10);
    const cache = new EstimateCache(model);
    const fixed = parse(`{ bestsellers { ${BOOK} } }`);
    expect([1, 2, 3].map(() => cache.estimate(fixed, operationOf(fixed)))).toEqual([40, 40, 40]);
    expect(model.walks).toBe(1);

    const sized = parse(
      `query($n: Int!, $more: Boolean!) { newestAdditions(limit: $n) { ${BOOK} } b: book @include(if: $more) { title } }`,
    );
    const op = operationOf(sized);
    expect(cache.estimate(sized, op, { n: 7, more: false })).toBe(56);
    expect(cache.estimate(sized, op, { n: 2, more: false })).toBe(16);
    expect(cache.estimate(sized, op, { n: 2, more: true })).toBe(17);
    expect(cache.estimate(sized, op, { n: 7, more: false })).toBe(56);
    expect(model.walks).toBe(1 + 3);
  });

  it('does not remember a refusal, and prices a large input every time', () => {
    const model = new CountingModel(BOOKS, 10);
    const cache = new EstimateCache(model);
    const both = parse('{ page(first: 4, last: 6) { items { title } } }');
    expect(() => cache.estimate(both, operationOf(both))).toThrow(CostEstimationError);
    expect(() => cache.estimate(both, operationOf(both))).toThrow(CostEstimationError);
    expect(model.walks).toBe(2);

    const add = parse('mutation($input: BookInput!) { addBook(input: $input) { title } }');
    const input = { title: 'x'.repeat(2000), tags: [{ name: 'a' }] };
    expect(cache.estimate(add, operationOf(add), { input })).toBe(10 + 1 + (1 + 3));
    expect(cache.estimate(add, operationOf(add), { input })).toBe(10 + 1 + (1 + 3));
    expect(model.walks).toBe(4);
  });
});

describe('cost on the district graph (the checked-in supergraph)', () => {
  const model = new CostModel(readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'), 10);

  it('prices the trial’s fan-out flood at about a million per copy', () => {
    const copy = (alias: string) =>
      `${alias}: staff(first: 100) { nodes { purchaseRequests(first: 100) { nodes { requester { purchaseRequests(first: 100) { nodes { id reason } } } } } } }`;
    // staff 1 + 100 × (Staff 1 + requests (1 + 100 × (request 1 + requester (1 + (1 + 100 × 1)))))
    const one = 1 + 100 * (1 + (1 + 100 * (1 + (1 + (1 + 100)))));
    expect(one).toBe(1030201);
    expect(costOf(model, `{ ${copy('a')} }`)).toBe(one);
    expect(costOf(model, `{ ${['a', 'b', 'c', 'd'].map(copy).join(' ')} }`)).toBe(4 * one);
  });

  it('prices a page by `first` from a variable, and by the page default without it', () => {
    const query = 'query($first: Int) { schools(first: $first) { nodes { name campuses { name } } } }';
    expect(costOf(model, query, { first: 5 })).toBe(1 + 5 * (1 + 10));
    expect(costOf(model, query)).toBe(1 + 20 * (1 + 10));
  });
});
