/**
 * What the directory's permission table allows the signed-in viewer (UserAccount.directoryPermissions):
 * the console shows or hides its buttons by it. Only for the viewer's own account.
 */
import { demoViewer, type DemoUsername, type TestSubgraph } from '@houqin/testing';
import { ok, startDirectory } from './support';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startDirectory();
});
afterAll(() => sub?.stop());

interface Permitted {
  action: string;
  everywhere: boolean;
  schoolIds: string[];
}
const FIELDS = 'id directoryPermissions { action everywhere schoolIds }';
const mine = async (username: DemoUsername) =>
  ok<{ me: { directoryPermissions: Permitted[] } }>(await sub.as(demoViewer(username)).request(`{ me { ${FIELDS} } }`)).me
    .directoryPermissions;

describe('what the directory lets me do', () => {
  it('the district administrator adds staff, one or a file of them, everywhere in the district', async () => {
    const admin = await mine('admin');
    expect(admin).toContainEqual({ action: 'createStaff', everywhere: true, schoolIds: [] });
    expect(admin).toContainEqual({ action: 'importStaff', everywhere: true, schoolIds: [] });
    expect(admin).toContainEqual({ action: 'readAccounts', everywhere: true, schoolIds: [] });
  });

  it('a teacher may only do what anyone signed in may: sign in, change their password, read their notifications', async () => {
    expect((await mine('teacher')).map((p) => [p.action, p.everywhere])).toEqual([
      ['login', true],
      ['changePassword', true],
      ['markNotificationsRead', true],
      ['markAllNotificationsRead', true],
    ]);
  });

  it("no one reads another account's permissions: the administrator gets an empty list for the teacher's account", async () => {
    const teacherId = demoViewer('teacher').accountId;
    const response = await sub.as(demoViewer('admin')).request(`query($id: ID!) { account(id: $id) { ${FIELDS} } }`, { id: teacherId });
    expect(ok<{ account: { id: string; directoryPermissions: Permitted[] } }>(response).account).toEqual({
      id: teacherId,
      directoryPermissions: [],
    });
  });
});
