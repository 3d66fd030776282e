// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { changedFields } from './changes';

interface SchoolValues {
  name?: string;
  address?: string | null;
  studentCount?: number;
  active?: boolean;
  eventTypes?: string[];
}

describe('changedFields (sending only what an edit changed)', () => {
  const school = { name: '第一实验小学', address: '人民路 1 号', studentCount: 1200, active: true, eventTypes: ['finance.*'] };

  it('sends nothing when nothing changed, trimming what was typed', () => {
    expect(changedFields<SchoolValues>(school, { name: ' 第一实验小学 ', studentCount: 1200, active: true })).toEqual({});
  });

  it('sends the fields that changed, and only those', () => {
    expect(changedFields<SchoolValues>(school, { name: '第一实验小学', studentCount: 1250, active: false })).toEqual({
      studentCount: 1250,
      active: false,
    });
  });

  it('clears a nullable field emptied in the form, but leaves a required one emptied', () => {
    expect(changedFields<SchoolValues>(school, { address: '  ' }, ['address'])).toEqual({ address: null });
    expect(changedFields<SchoolValues>(school, { name: '' }, ['address'])).toEqual({});
    expect(changedFields<SchoolValues>({ ...school, address: null }, { address: '' }, ['address'])).toEqual({});
  });

  it('compares lists by their items', () => {
    expect(changedFields<SchoolValues>(school, { eventTypes: ['finance.*'] })).toEqual({});
    expect(changedFields<SchoolValues>(school, { eventTypes: ['finance.*', 'directory.*'] })).toEqual({
      eventTypes: ['finance.*', 'directory.*'],
    });
  });

  it('ignores fields the form left undefined', () => {
    expect(changedFields<SchoolValues>(school, { name: undefined })).toEqual({});
  });
});
