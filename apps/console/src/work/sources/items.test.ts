// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { subjectPath, type SubjectRoutes } from '../subject-path';
import { approvalTag, claimWorkItems } from './items';

const zh = (text: string) => text;
const claim = (id: string, requesterAccountId: string, nextApprovalLevel: string | null = null) => ({
  id,
  requesterAccountId,
  nextApprovalLevel,
  createdAt: '2026-03-01T01:00:00Z',
  title: `claim ${id}`,
  total: { yuan: '10.00', fen: 1000 },
  school: { name: '第一实验小学' },
  requester: { name: '周老师' },
});

describe('my work: claims', () => {
  it('lists claims awaiting my approval, then those awaiting my review, each once and never my own', () => {
    const items = claimWorkItems(
      [claim('a', 'teacher', 'PRINCIPAL')],
      [claim('b', 'teacher'), claim('a', 'teacher'), claim('c', 'me')],
      'me',
      zh,
    );
    expect(items.map((i) => [i.id, i.to, i.tag?.text])).toEqual([
      ['a', '/finance/claims/a', '待审批（校长）'],
      ['b', '/finance/claims/b', '待审核'],
    ]);
    expect(items[0]).toMatchObject({ title: 'claim a', subtitle: '周老师 · 第一实验小学', amount: { fen: 1000 } });
  });

  it('names the level awaited when the graph gives one', () => {
    expect(approvalTag(null, zh).text).toBe('待审批');
    expect(approvalTag('DISTRICT', (_zh, en) => en).text).toBe('To approve (district)');
  });
});

describe('notification links', () => {
  it("opens a notification's record through the source that knows its type", () => {
    const sources: SubjectRoutes[] = [
      { subjects: { PurchaseRequest: (id: string) => `/finance/purchases/${id}` } },
      {},
      { subjects: { ExpenseClaim: (id: string) => `/finance/claims/${id}` } },
    ];
    expect(subjectPath(sources, 'ExpenseClaim', 'x')).toBe('/finance/claims/x');
    expect(subjectPath(sources, 'PurchaseRequest', 'y')).toBe('/finance/purchases/y');
    expect(subjectPath(sources, 'Supplier', 'z')).toBeNull();
  });
});
