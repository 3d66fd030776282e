import { describe, expect, it } from 'vitest';
import { isCertificate, peopleOfPost, postsOnPage, requirementColumns, statusCounts, type MatrixPerson } from './training';

const food = { id: 'r1', name: '食品安全培训', post: 'COOK', kind: 'FOOD_SAFETY' as const, validityMonths: 12 };
const cert = { id: 'r2', name: '特种作业操作证（电工）', post: 'ELECTRICIAN', kind: 'SPECIAL_OPERATIONS' as const, validityMonths: null };
const people: MatrixPerson[] = [
  {
    id: 's1',
    posts: ['COOK'],
    staff: { id: 's1', name: '李厨师' },
    entries: [{ requirement: food, status: 'EXPIRED', expiresOn: '2026-10-09' }],
  },
  {
    id: 's2',
    posts: ['ELECTRICIAN', 'MAINTENANCE'],
    staff: { id: 's2', name: '王电工' },
    entries: [{ requirement: cert, status: 'EXPIRING', expiresOn: '2026-12-01' }],
  },
  { id: 's3', posts: ['COOK'], staff: { id: 's3', name: '赵厨师' }, entries: [{ requirement: food, status: 'MISSING', expiresOn: null }] },
];

describe('the training compliance matrix (培训合规矩阵)', () => {
  it('has a column per requirement on the page, by post', () => {
    expect(requirementColumns(people).map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('narrows to the people of a post and lists the posts present', () => {
    expect(peopleOfPost(people, 'COOK').map((p) => p.id)).toEqual(['s1', 's3']);
    expect(peopleOfPost(people, null)).toHaveLength(3);
    expect(postsOnPage(people)).toEqual(['COOK', 'ELECTRICIAN', 'MAINTENANCE']);
  });

  it('counts the cells by status, and knows a certificate by its printed expiry', () => {
    expect(statusCounts(people)).toEqual({ VALID: 0, EXPIRING: 1, EXPIRED: 1, MISSING: 1 });
    expect(isCertificate(cert)).toBe(true);
    expect(isCertificate(food)).toBe(false);
  });
});
