import { demoViewer, expectBadInput, expectCode, expectNoWrites, type TestSubgraph } from '@houqin/testing';
import { startDirectory } from './support';

/**
 * Who may not act learns nothing from the input: whoever holds none of the roles a mutation's rule
 * allows, at any school or district-wide, is refused as FORBIDDEN (UNAUTHENTICATED without a viewer)
 * before its input is validated. A principal trying to add a school with a blank name and a malformed
 * code is refused, while the district administrator sending the same input is told what is wrong
 * with it; a mutation open to anyone signed in validates the input of anyone signed in.
 */
let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startDirectory();
});
afterAll(async () => {
  await sub?.stop();
});

const CREATE = 'mutation($input: CreateSchoolInput!) { createSchool(input: $input) { id } }';
const NONSENSE = { code: 'not-a-code', name: '   ', kind: 'PRIMARY', studentCount: 10 };

describe('the permission gate of the directory', () => {
  it('answers FORBIDDEN before validating the input of a caller without the role', async () => {
    await expectNoWrites(sub, async () => {
      expectCode(await sub.as(demoViewer('principal')).request(CREATE, { input: NONSENSE }), 'FORBIDDEN');
      expectCode(await sub.as(demoViewer('auditor')).request(CREATE, { input: NONSENSE }), 'FORBIDDEN');
      expectCode(await sub.as(null).request(CREATE, { input: NONSENSE }), 'UNAUTHENTICATED');
    });
  });

  it('tells the district administrator what is wrong with the same input', async () => {
    expectBadInput(await sub.as(demoViewer('admin')).request(CREATE, { input: NONSENSE }), 'code');
  });

  it('validates the input of a mutation open to anyone signed in; UNAUTHENTICATED without a viewer', async () => {
    const MARK = 'mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { __typename } }';
    expectBadInput(await sub.as(demoViewer('teacher')).request(MARK, { input: { ids: ['not-an-id'] } }), 'ids');
    expectCode(await sub.as(null).request(MARK, { input: { ids: ['not-an-id'] } }), 'UNAUTHENTICATED');
  });
});
