// @vitest-environment node
import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { graphProblems } from '../../../shared/graph-errors';
import { attachmentRefs, receiveLinesInput, remapListErrors, submitClaimInput, submitPurchaseInput, yuanInput } from './inputs';

describe('form values to mutation inputs', () => {
  it("sends typed yuan as the graph's decimal string, and what is not an amount as typed", () => {
    expect(yuanInput('1,234.5')).toBe('1234.50');
    expect(yuanInput(' 12 ')).toBe('12.00');
    expect(yuanInput('12.345')).toBe('12.345');
    expect(yuanInput(undefined)).toBe('');
  });

  it('builds a purchase request with whole quantities and trimmed text', () => {
    expect(
      submitPurchaseInput({
        schoolId: 's',
        categoryId: 'c',
        reason: ' 办公 ',
        lines: [{ description: ' A4 纸 ', quantity: '3', unit: '箱', estimatedUnitPrice: '120' }],
      }),
    ).toEqual({
      schoolId: 's',
      categoryId: 'c',
      reason: '办公',
      lines: [{ description: 'A4 纸', quantity: 3, unit: '箱', estimatedUnitPrice: '120.00' }],
    });
  });

  it('builds a claim whose attachments are typed one a line or with commas', () => {
    expect(attachmentRefs('scan-1.pdf\n scan-2.pdf ,，scan-3.jpg\n')).toEqual(['scan-1.pdf', 'scan-2.pdf', 'scan-3.jpg']);
    expect(
      submitClaimInput({ schoolId: 's', title: ' 维修 ', lines: [{ categoryId: 'c', invoiceNumber: ' 12345678 ', amount: '99.9' }] }),
    ).toEqual({
      schoolId: 's',
      title: '维修',
      lines: [{ categoryId: 'c', invoiceNumber: '12345678', amount: '99.90', attachments: [] }],
    });
  });
});

describe('goods received', () => {
  it('sends only the lines that arrived, remembering their rows', () => {
    expect(
      receiveLinesInput([
        { lineId: 'a', quantity: 0 },
        { lineId: 'b', quantity: 2 },
        { lineId: 'c', quantity: null },
        { lineId: 'd', quantity: '5' },
      ]),
    ).toEqual({
      lines: [
        { lineId: 'b', quantity: 2 },
        { lineId: 'd', quantity: 5 },
      ],
      formIndex: [1, 3],
    });
  });

  it("puts the graph's error for the second line sent on the form's fourth row", () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        { message: 'more than ordered', extensions: { code: 'BAD_USER_INPUT', field: 'lines.1.quantity' } },
        { message: 'stale', extensions: { code: 'CONFLICT' } },
      ],
    });
    const problems = graphProblems(remapListErrors(error, 'lines', [1, 3]));
    expect(problems).toEqual([
      { message: 'more than ordered', code: 'BAD_USER_INPUT', field: 'lines.3.quantity' },
      { message: 'stale', code: 'CONFLICT', field: undefined },
    ]);
    expect(
      graphProblems(
        remapListErrors(new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { field: 'lines.0' } }] }), 'lines', [2]),
      )[0].field,
    ).toBe('lines.2');
    expect(remapListErrors('network down', 'lines', [0])).toBe('network down');
  });
});
