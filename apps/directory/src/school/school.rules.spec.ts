import { SchoolKind } from './school.entity';
import type { UpdateSchoolInput } from './school.inputs';
import { SCHOOL_CODE, schoolChanges } from './school.rules';

const update = (fields: Partial<UpdateSchoolInput>) => ({ id: 'school-1', version: 1, ...fields }) as UpdateSchoolInput;

describe('the school code (学校标识码)', () => {
  it('is exactly 10 digits', () => {
    expect(['2133000101', '0000000000'].filter((code) => SCHOOL_CODE.test(code))).toHaveLength(2);
    expect(['213300010', '21330001011', '21330001AB', ' 2133000101', ''].filter((code) => SCHOOL_CODE.test(code))).toEqual([]);
  });
});

describe('what a school update changes', () => {
  it('leaves omitted and null fields as they are', () => {
    expect(schoolChanges(update({}))).toEqual({});
    const nulls = { name: null, kind: null, studentCount: null, active: null } as unknown as Partial<UpdateSchoolInput>;
    expect(schoolChanges(update(nulls))).toEqual({});
  });

  it('trims the name, and clears the address on null or blank', () => {
    expect(schoolChanges(update({ name: '  Chengnan Primary  ', address: null }))).toEqual({ name: 'Chengnan Primary', address: null });
    expect(schoolChanges(update({ address: '   ' }))).toEqual({ address: null });
    expect(schoolChanges(update({ address: ' 9 Chengnan Road ' }))).toEqual({ address: '9 Chengnan Road' });
  });

  it('takes kind, enrolment and closing as given, zero and false included', () => {
    const given = { kind: SchoolKind.HIGH, studentCount: 0, active: false };
    expect(schoolChanges(update(given))).toEqual(given);
  });
});
