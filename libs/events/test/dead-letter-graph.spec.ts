import { definePermissions, may, Role, Viewer } from '@houqin/auth';
import { newId } from '@houqin/common';
import { deadLetterNames, deadLetterPermissions } from '../src';

const viewer = (role: Role, schoolId: string | null = null) =>
  new Viewer({ accountId: newId(), username: role, staffId: null, districtId: newId(), grants: [{ role, schoolId }] });

describe('dead letters in the graph: names and rules per service', () => {
  it('names the query and the replay mutation after the service, so two subgraphs never own the same root field', () => {
    expect(deadLetterNames('directory')).toEqual({ query: 'directoryDeadLetters', mutation: 'replayDirectoryDeadLetter' });
    expect(deadLetterNames('finance')).toEqual({ query: 'financeDeadLetters', mutation: 'replayFinanceDeadLetter' });
    expect(() => deadLetterNames('Canteen')).toThrow(/lower case/);
    expect(() => deadLetterNames('canteen-ops')).toThrow(/lower case/);
  });

  it('gives a permission table the read rule and the replay rule: district admins replay, district roles read, school roles neither', () => {
    const P = definePermissions({ ...deadLetterPermissions('canteen'), login: { doing: 'Signing in', open: 'anonymous' } });
    expect(Object.keys(P).sort()).toEqual(['login', 'readDeadLetters', 'replayCanteenDeadLetter']);
    const people = {
      admin: viewer(Role.DISTRICT_ADMIN),
      auditor: viewer(Role.DISTRICT_AUDITOR),
      principal: viewer(Role.PRINCIPAL, newId()),
    };
    const allowed = (rule: (typeof P)[keyof typeof P]) =>
      Object.entries(people)
        .filter(([, v]) => may(v, rule))
        .map(([name]) => name);
    expect(allowed(P.readDeadLetters)).toEqual(['admin', 'auditor']);
    expect(allowed(P.replayCanteenDeadLetter)).toEqual(['admin']);
  });
});
