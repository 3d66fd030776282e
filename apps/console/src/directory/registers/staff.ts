import type { ImportSpec } from '../../shared/import/validate';
import type { StaffPost } from '../../graphql/graphql';

/** The posts (岗位) as users name them. */
export const STAFF_POSTS: { value: StaffPost; zh: string; en: string }[] = [
  { value: 'PRINCIPAL', zh: '校长', en: 'Principal' },
  { value: 'GENERAL_AFFAIRS_DIRECTOR', zh: '总务主任', en: 'General-affairs director' },
  { value: 'ACCOUNTANT', zh: '报账员', en: 'Accountant' },
  { value: 'STOREKEEPER', zh: '保管员', en: 'Storekeeper' },
  { value: 'CANTEEN_MANAGER', zh: '食堂管理员', en: 'Canteen manager' },
  { value: 'COOK', zh: '厨师', en: 'Cook' },
  { value: 'ELECTRICIAN', zh: '电工', en: 'Electrician' },
  { value: 'PLUMBER', zh: '水工', en: 'Plumber' },
  { value: 'CLEANER', zh: '保洁员', en: 'Cleaner' },
  { value: 'GARDENER', zh: '绿化工', en: 'Gardener' },
  { value: 'DORMITORY_MANAGER', zh: '宿管员', en: 'Dormitory manager' },
  { value: 'SECURITY_GUARD', zh: '保安', en: 'Security guard' },
  { value: 'SAFETY_OFFICER', zh: '安全员', en: 'Safety officer' },
  { value: 'TEACHER', zh: '教师', en: 'Teacher' },
];

export function postLabel(post: string, language: 'zh' | 'en'): string {
  const known = STAFF_POSTS.find((p) => p.value === post);
  return known ? known[language] : post;
}

/** One row of importStaff (StaffRowInput). */
export interface StaffImportRow {
  name: string;
  employeeNumber: string;
  posts: StaffPost[];
  campusId?: string;
  phone?: string;
}

/** The staff import (批量导入教职工) of one school: the campus column accepts that school's campus names. */
export function staffImportSpec(campuses: readonly { id: string; name: string }[]): ImportSpec<StaffImportRow> {
  return {
    maxRows: 500,
    columns: [
      { key: 'name', header: { zh: '姓名', en: 'Name' }, type: 'text', required: true, maxLength: 120 },
      {
        key: 'employeeNumber',
        header: { zh: '工号', en: 'Employee number' },
        type: 'text',
        required: true,
        maxLength: 32,
        pattern: /^[A-Za-z0-9-]+$/,
        patternHint: { zh: '只能含字母、数字和 -', en: 'letters, digits and - only' },
        note: { zh: '同一学校内唯一', en: 'unique within the school' },
      },
      {
        key: 'posts',
        header: { zh: '岗位', en: 'Posts' },
        type: 'choice',
        multiple: true,
        required: true,
        options: STAFF_POSTS.map((p) => ({ value: p.value, labels: [p.zh, p.en] })),
      },
      {
        key: 'campusId',
        header: { zh: '校区', en: 'Campus' },
        type: 'choice',
        options: campuses.map((c) => ({ value: c.id, labels: [c.name] })),
        note: { zh: '所选学校的校区名称；可留空', en: 'a campus of the chosen school, by name; may be left empty' },
      },
      {
        key: 'phone',
        header: { zh: '电话', en: 'Phone' },
        type: 'text',
        pattern: /^[0-9+\- ]{5,20}$/,
        patternHint: { zh: '5 到 20 位数字、空格、+ 或 -', en: '5 to 20 digits, spaces, + or -' },
      },
    ],
    unique: [['employeeNumber']],
  };
}
