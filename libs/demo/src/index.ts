/**
 * The demo district (示范区): fixed ids shared by every service's demo seed, so rows that another
 * service seeds (a finance budget, a canteen) point at the same schools and staff as the directory.
 * Used on the embedded database by default and on MySQL with SEED_DEMO=true.
 */
import { createHash } from 'node:crypto';

const id = (group: number, n: number) => `01900000-0000-7000-8000-${String(group).padStart(6, '0')}${String(n).padStart(6, '0')}`;

/** The password of every demo account (printed in the README; demo data only). */
export const DEMO_PASSWORD = 'houqin-demo-2026';

export const DEMO_DISTRICT = {
  id: id(1, 1),
  code: 'DEMO',
  name: 'Demo District Education Bureau (示范区教育局)',
  timeZone: 'Asia/Shanghai',
};

export type DemoSchoolKey = 'firstPrimary' | 'secondJunior' | 'yucaiNineYear' | 'riversidePrimary' | 'firstHigh';

export const DEMO_SCHOOLS: Record<
  DemoSchoolKey,
  {
    id: string;
    code: string;
    name: string;
    kind: 'PRIMARY' | 'JUNIOR_MIDDLE' | 'NINE_YEAR' | 'HIGH';
    studentCount: number;
    address: string;
    active: boolean;
  }
> = {
  firstPrimary: {
    id: id(2, 1),
    code: '2133000001',
    name: 'First Experimental Primary School (第一实验小学)',
    kind: 'PRIMARY',
    studentCount: 1860,
    address: '1 Wenhua Road',
    active: true,
  },
  secondJunior: {
    id: id(2, 2),
    code: '2133000002',
    name: 'Second Junior Middle School (第二中学)',
    kind: 'JUNIOR_MIDDLE',
    studentCount: 1240,
    address: '88 Jianshe Road',
    active: true,
  },
  yucaiNineYear: {
    id: id(2, 3),
    code: '2133000003',
    name: 'Yucai Nine-Year School (育才九年一贯制学校)',
    kind: 'NINE_YEAR',
    studentCount: 2150,
    address: '6 Yucai Street',
    active: true,
  },
  riversidePrimary: {
    id: id(2, 4),
    code: '2133000004',
    name: 'Riverside Primary School (河滨小学), merged in 2024',
    kind: 'PRIMARY',
    studentCount: 0,
    address: '3 Binhe Road',
    active: false,
  },
  firstHigh: {
    id: id(2, 5),
    code: '2133000005',
    name: 'No. 1 High School (第一高级中学)',
    kind: 'HIGH',
    studentCount: 2640,
    address: '100 Xueyuan Road',
    active: true,
  },
};

/** West Campus belonged to Riverside Primary until the 2024 merger; its history keeps that. */
export const DEMO_CAMPUSES = {
  firstPrimaryEast: { id: id(3, 1), schoolId: DEMO_SCHOOLS.firstPrimary.id, name: 'East Campus (东校区)' },
  firstPrimaryWest: {
    id: id(3, 2),
    schoolId: DEMO_SCHOOLS.firstPrimary.id,
    name: 'West Campus (西校区, formerly Riverside Primary)',
    previousSchoolId: DEMO_SCHOOLS.riversidePrimary.id,
    movedOn: '2024-09-01',
  },
  secondJuniorMain: { id: id(3, 3), schoolId: DEMO_SCHOOLS.secondJunior.id, name: 'Main Campus (本部)' },
  yucaiMain: { id: id(3, 4), schoolId: DEMO_SCHOOLS.yucaiNineYear.id, name: 'Main Campus (本部)' },
  firstHighMain: { id: id(3, 5), schoolId: DEMO_SCHOOLS.firstHigh.id, name: 'Main Campus (本部)' },
};

export const demoStaffId = (n: number) => id(4, n);

/**
 * Id of a demo room (facilities seeds it; safety's demo zones name it): derived from where it is, so
 * every service's seed agrees without reading another's database. UUIDv7-shaped, like every id.
 */
export function demoRoomId(campusId: string, buildingName: string, number: string): string {
  const h = createHash('sha256').update(`houqin-demo-room-id:${campusId}:${buildingName}:${number}`).digest('hex');
  return `01900000-0000-7${h.slice(0, 3)}-8${h.slice(3, 6)}-${h.slice(6, 18)}`;
}
export const demoAccountId = (n: number) => id(5, n);

/** One demo account per role; `staffNumber` links it to that school's staff member. */
export const DEMO_ACCOUNTS = [
  { id: demoAccountId(1), username: 'admin', displayName: 'District administrator (区级管理员)', role: 'DISTRICT_ADMIN', school: null },
  { id: demoAccountId(2), username: 'auditor', displayName: 'District auditor (区级审计)', role: 'DISTRICT_AUDITOR', school: null },
  { id: demoAccountId(3), username: 'principal', displayName: 'Principal Wang (王校长)', role: 'PRINCIPAL', school: 'firstPrimary' },
  {
    id: demoAccountId(4),
    username: 'director',
    displayName: 'Director Li, general affairs (李主任, 总务主任)',
    role: 'GENERAL_AFFAIRS_DIRECTOR',
    school: 'firstPrimary',
  },
  {
    id: demoAccountId(5),
    username: 'accountant',
    displayName: 'Accountant Zhang (张会计, 报账员)',
    role: 'ACCOUNTANT',
    school: 'firstPrimary',
  },
  {
    id: demoAccountId(6),
    username: 'canteen',
    displayName: 'Canteen manager Zhao (赵经理, 食堂管理员)',
    role: 'CANTEEN_MANAGER',
    school: 'firstPrimary',
  },
  {
    id: demoAccountId(7),
    username: 'storekeeper',
    displayName: 'Storekeeper Chen (陈保管, 保管员)',
    role: 'STOREKEEPER',
    school: 'firstPrimary',
  },
  {
    id: demoAccountId(8),
    username: 'safety',
    displayName: 'Safety officer Liu (刘老师, 安全员)',
    role: 'SAFETY_OFFICER',
    school: 'firstPrimary',
  },
  {
    id: demoAccountId(9),
    username: 'maintenance',
    displayName: 'Electrician Sun (孙师傅, 水电工)',
    role: 'MAINTENANCE',
    school: 'firstPrimary',
  },
  { id: demoAccountId(10), username: 'teacher', displayName: 'Teacher Zhou (周老师)', role: 'STAFF', school: 'firstPrimary' },
  {
    id: demoAccountId(11),
    username: 'accountant2',
    displayName: 'Accountant Wu, Second Junior Middle (吴会计)',
    role: 'ACCOUNTANT',
    school: 'secondJunior',
  },
  // A parent, not staff: no staff record (DEMO_ACCOUNT_POSTS has no post for the role).
  {
    id: demoAccountId(12),
    username: 'parent',
    displayName: "Parent Huang, parents' committee (黄家长, 家长委员会)",
    role: 'PARENT_COMMITTEE',
    school: 'firstPrimary',
  },
] as const;

/** The demo schools in the order their staff are numbered: a school's staff ids start at (index + 1) × 100. */
export const DEMO_SCHOOL_ORDER: readonly DemoSchoolKey[] = [
  'firstPrimary',
  'secondJunior',
  'yucaiNineYear',
  'riversidePrimary',
  'firstHigh',
];

/** The posts (岗位) every active demo school has one staff member in, in numbering order. */
export const DEMO_STAFF_POSTS = [
  'PRINCIPAL',
  'GENERAL_AFFAIRS_DIRECTOR',
  'ACCOUNTANT',
  'STOREKEEPER',
  'CANTEEN_MANAGER',
  'COOK',
  'ELECTRICIAN',
  'PLUMBER',
  'CLEANER',
  'GARDENER',
  'DORMITORY_MANAGER',
  'SECURITY_GUARD',
  'SAFETY_OFFICER',
  'TEACHER',
] as const;
export type DemoStaffPost = (typeof DEMO_STAFF_POSTS)[number];

/**
 * Number of the demo staff member in `post` at `school`, as the directory seeds them:
 * (schoolIndex + 1) × 100 + postIndex + 1 (e.g. 103: First Experimental Primary's accountant).
 */
export function demoStaffNumber(school: DemoSchoolKey, post: string): number {
  const schoolIndex = DEMO_SCHOOL_ORDER.indexOf(school);
  const postIndex = (DEMO_STAFF_POSTS as readonly string[]).indexOf(post);
  if (schoolIndex < 0 || postIndex < 0) throw new Error(`No demo staff member for ${school}/${post}`);
  return (schoolIndex + 1) * 100 + postIndex + 1;
}

/** Id of the demo staff member in `post` at `school`. */
export function demoStaffIdFor(school: DemoSchoolKey, post: string): string {
  return demoStaffId(demoStaffNumber(school, post));
}

/** Ids of every seeded demo staff member: each post at each active school. */
export function demoStaffIds(): string[] {
  return DEMO_SCHOOL_ORDER.filter((school) => DEMO_SCHOOLS[school].active).flatMap((school) =>
    DEMO_STAFF_POSTS.map((post) => demoStaffIdFor(school, post)),
  );
}

/** The post whose holder uses a school-level demo account, by the account's role. */
export const DEMO_ACCOUNT_POSTS: Readonly<Record<string, DemoStaffPost>> = {
  PRINCIPAL: 'PRINCIPAL',
  GENERAL_AFFAIRS_DIRECTOR: 'GENERAL_AFFAIRS_DIRECTOR',
  ACCOUNTANT: 'ACCOUNTANT',
  CANTEEN_MANAGER: 'CANTEEN_MANAGER',
  STOREKEEPER: 'STOREKEEPER',
  SAFETY_OFFICER: 'SAFETY_OFFICER',
  MAINTENANCE: 'ELECTRICIAN',
  STAFF: 'TEACHER',
};

/** The staff member a demo account belongs to (null for the district accounts). */
export function demoAccountStaffId(account: { role: string; school: DemoSchoolKey | null }): string | null {
  const post = DEMO_ACCOUNT_POSTS[account.role];
  return account.school && post ? demoStaffIdFor(account.school, post) : null;
}

/**
 * Fixed ids of the demo district's suppliers (finance registers them; the canteen's demo copy and
 * deliveries name the same ones), in finance's register order.
 */
export const DEMO_SUPPLIER_IDS = {
  office: id(9, 1),
  repairs: id(9, 2),
  fire: id(9, 3),
  garden: id(9, 4),
  printer: id(9, 5),
  produce: id(9, 6),
  grain: id(9, 7),
  meat: id(9, 8),
  dairy: id(9, 9),
} as const;

/**
 * The demo district's school calendar (校历): the same four terms at every active school, the school
 * years 2025–2026 and 2026–2027 (vacations between them: 寒假 and 暑假).
 */
export const DEMO_TERMS = [
  { name: '2025–2026学年第一学期', startsOn: '2025-09-01', endsOn: '2026-01-23' },
  { name: '2025–2026学年第二学期', startsOn: '2026-03-02', endsOn: '2026-07-03' },
  { name: '2026–2027学年第一学期', startsOn: '2026-09-01', endsOn: '2027-01-22' },
  { name: '2026–2027学年第二学期', startsOn: '2027-02-22', endsOn: '2027-07-02' },
] as const;

/** Id of the demo term `termIndex` (of DEMO_TERMS) at `school`. */
export function demoTermId(school: DemoSchoolKey, termIndex: number): string {
  return id(11, (DEMO_SCHOOL_ORDER.indexOf(school) + 1) * 10 + termIndex);
}

/**
 * The demo hazard that waits on a facilities work order (隐患报修): safety seeds the hazard, facilities
 * the safety work order it opened (source HAZARD), with these ids on both sides.
 */
export const DEMO_HAZARD_REPAIR = { hazardId: id(20, 1), workOrderId: id(20, 2) } as const;
