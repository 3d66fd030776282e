import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { newId } from '@houqin/common';
import type { Logger } from '@houqin/common';
import { DEMO_CAMPUSES, DEMO_DISTRICT, DEMO_SCHOOL_ORDER, DEMO_SCHOOLS, demoRoomId, type DemoSchoolKey } from '@houqin/demo';
import { Building, Department, Room, RoomKind } from '../place/place.entity';
import { publishRoomsChanged } from '../place/place.service';

export type DemoCampusKey = keyof typeof DEMO_CAMPUSES;

/** The name of each demo campus's storeroom (the one STOREROOM room of a campus): the consumables are kept there. */
export const DEMO_STOREROOM_NAME = 'General Affairs Storeroom (总务仓库)';

/** The grades taught on each demo campus and classes per grade (West Campus: the small former Riverside Primary). */
const CAMPUS_CLASSES: Record<DemoCampusKey, { grades: number[]; classes: number; capacity: number }> = {
  firstPrimaryEast: { grades: [1, 2, 3, 4, 5, 6], classes: 3, capacity: 45 },
  firstPrimaryWest: { grades: [1, 2, 3], classes: 2, capacity: 40 },
  secondJuniorMain: { grades: [7, 8, 9], classes: 4, capacity: 50 },
  yucaiMain: { grades: [1, 2, 3, 4, 5, 6, 7, 8, 9], classes: 2, capacity: 45 },
  firstHighMain: { grades: [10, 11, 12], classes: 5, capacity: 55 },
};

const CN_NUMBER = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** A grade's Chinese name: 三年级, 八年级, 高二. */
export const gradeName = (grade: number) => (grade >= 10 ? `高${CN_NUMBER[grade - 9]}` : `${CN_NUMBER[grade]}年级`);
/** A class's room name: "Class 3-2 (三年级2班)", "Class 11-3 (高二3班)". */
export const className = (grade: number, n: number) => `Class ${grade}-${n} (${gradeName(grade)}${n}班)`;
/** A grade group (年级组) department's name: 三年级组, 高二年级组. */
export const gradeGroupName = (grade: number) => (grade >= 10 ? `${gradeName(grade)}年级组` : `${gradeName(grade)}组`);

interface RoomPlan {
  floor: number;
  number: string;
  name: string;
  kind: RoomKind;
  capacity?: number;
}
interface BuildingPlan {
  name: string;
  floorsAbove: number;
  floorsBelow?: number;
  rooms: RoomPlan[];
}

const toilet = (floor: number): RoomPlan => ({ floor, number: `${floor}20`, name: `Toilet (卫生间) ${floor}F`, kind: RoomKind.TOILET });

/** The buildings of a demo campus: teaching building(s), an administration and lab building, the canteen, the gym (and dormitories at the high school). */
function campusPlan(campus: DemoCampusKey): BuildingPlan[] {
  const { grades, classes, capacity } = CAMPUS_CLASSES[campus];
  const west = campus === 'firstPrimaryWest';
  const teachingGroups = grades.length > 6 ? [grades.slice(0, 6), grades.slice(6)] : [grades];
  const teaching: BuildingPlan[] = teachingGroups.map((group, b) => {
    const rooms: RoomPlan[] = [];
    group.forEach((grade, i) => {
      const floor = i + 1;
      for (let n = 1; n <= classes; n++)
        rooms.push({
          floor,
          number: `${floor}${String(n).padStart(2, '0')}`,
          name: className(grade, n),
          kind: RoomKind.CLASSROOM,
          capacity,
        });
      rooms.push(toilet(floor));
    });
    if (b === 0) rooms.push({ floor: 1, number: '121', name: DEMO_STOREROOM_NAME, kind: RoomKind.STOREROOM });
    const name = b === 0 ? 'Teaching Building A (教学楼A)' : 'Teaching Building B (教学楼B)';
    return { name, floorsAbove: Math.max(group.length, 2), rooms };
  });
  const labs: [string, RoomKind][] =
    campus === 'firstPrimaryEast' || west
      ? [
          ['Science Lab (科学实验室)', RoomKind.LAB],
          ['Computer Room (微机室)', RoomKind.LAB],
          ['Music Room (音乐教室)', RoomKind.LAB],
          ['Art Room (美术教室)', RoomKind.LAB],
        ]
      : [
          ['Physics Lab (物理实验室)', RoomKind.LAB],
          ['Chemistry Lab (化学实验室)', RoomKind.LAB],
          ['Biology Lab (生物实验室)', RoomKind.LAB],
          ['Computer Room (微机室)', RoomKind.LAB],
          ['Lab Equipment Room (实验器材室)', RoomKind.OTHER],
        ];
  const offices: [string, RoomKind][] = west
    ? [['West Campus Office (西校区办公室)', RoomKind.OFFICE]]
    : [
        ["Principal's Office (校长室)", RoomKind.OFFICE],
        ['General Affairs Office (总务处)', RoomKind.OFFICE],
        ['Academic Affairs Office (教务处)', RoomKind.OFFICE],
        ['Moral Education Office (德育处)', RoomKind.OFFICE],
        ['School Office (办公室)', RoomKind.OFFICE],
        ['Archive (档案室)', RoomKind.OTHER],
      ];
  const floorOf = (floor: number, list: [string, RoomKind][], capacity?: number): RoomPlan[] =>
    list.map(([name, kind], i) => ({
      floor,
      number: `${floor}${String(i + 1).padStart(2, '0')}`,
      name,
      kind,
      capacity: kind === RoomKind.LAB ? capacity : undefined,
    }));
  const admin: BuildingPlan = {
    name: west ? 'West Office Building (西校区综合楼)' : 'Administration and Lab Building (行政实验楼)',
    floorsAbove: west ? 2 : 3,
    rooms: [
      ...floorOf(1, offices),
      toilet(1),
      ...floorOf(2, labs, 50),
      toilet(2),
      ...(west
        ? []
        : [
            ...floorOf(
              3,
              grades.map((grade) => [`${gradeGroupName(grade)}办公室 (Grade ${grade} Teachers' Office)`, RoomKind.OFFICE]),
            ),
            toilet(3),
          ]),
    ],
  };
  const canteen: BuildingPlan = {
    name: west ? 'West Canteen (西校区食堂)' : 'Canteen (食堂)',
    floorsAbove: west ? 1 : 2,
    rooms: [
      { floor: 1, number: '101', name: 'Student Dining Hall (学生餐厅)', kind: RoomKind.CANTEEN, capacity: west ? 250 : 600 },
      { floor: 1, number: '102', name: 'Kitchen (后厨)', kind: RoomKind.CANTEEN },
      ...(west ? [] : [{ floor: 2, number: '201', name: 'Staff Dining Room (教工餐厅)', kind: RoomKind.CANTEEN, capacity: 120 }]),
    ],
  };
  const gym: BuildingPlan = {
    name: west ? 'West Gym (西校区风雨操场)' : 'Gymnasium (体育馆)',
    floorsAbove: west ? 1 : 2,
    rooms: [
      { floor: 1, number: '101', name: 'Sports Hall (室内运动场)', kind: RoomKind.SPORTS, capacity: 300 },
      { floor: 1, number: '102', name: 'Sports Equipment Room (体育器材室)', kind: RoomKind.OTHER },
      ...(west ? [] : [{ floor: 2, number: '201', name: 'Table Tennis Room (乒乓球室)', kind: RoomKind.SPORTS, capacity: 40 }]),
    ],
  };
  const dorms: BuildingPlan[] =
    campus === 'firstHighMain'
      ? [
          {
            name: 'Student Dormitory 1 (学生宿舍1号楼)',
            floorsAbove: 4,
            rooms: [1, 2, 3, 4].flatMap((floor) => [
              ...[1, 2, 3, 4, 5, 6].map((n) => ({
                floor,
                number: `${floor}${String(n).padStart(2, '0')}`,
                name: `Dorm ${floor}${String(n).padStart(2, '0')} (宿舍${floor}${String(n).padStart(2, '0')})`,
                kind: RoomKind.DORMITORY,
                capacity: 8,
              })),
              toilet(floor),
            ]),
          },
        ]
      : [];
  return [...teaching, admin, canteen, gym, ...dorms];
}

/** Departments (部门/处室) of a school: the four offices and a grade group per grade taught on its campuses. */
function departmentPlan(school: DemoSchoolKey): { name: string; code: string }[] {
  const grades = [
    ...new Set(
      (Object.entries(DEMO_CAMPUSES) as [DemoCampusKey, { schoolId: string }][])
        .filter(([, campus]) => campus.schoolId === DEMO_SCHOOLS[school].id)
        .flatMap(([key]) => CAMPUS_CLASSES[key].grades),
    ),
  ].sort((a, b) => a - b);
  return [
    { name: '教务处', code: 'JWC' },
    { name: '总务处', code: 'ZWC' },
    { name: '德育处', code: 'DYC' },
    { name: '办公室', code: 'BGS' },
    ...grades.map((grade) => ({ name: gradeGroupName(grade), code: `G${grade}` })),
  ];
}

/** A demo room's QR code: derived from where it is, so a reseeded demo prints the same labels. */
const demoQrCode = (campusId: string, building: string, number: string) =>
  createHash('sha256').update(`houqin-demo-room:${campusId}:${building}:${number}`).digest('base64url').slice(0, 12);

async function seedCampus(manager: EntityManager, campus: DemoCampusKey): Promise<number> {
  const { id: campusId, schoolId } = DEMO_CAMPUSES[campus];
  if (await manager.existsBy(Building, { campusId })) return 0;
  let rooms = 0;
  for (const plan of campusPlan(campus)) {
    const building = manager.create(Building, {
      id: newId(),
      districtId: DEMO_DISTRICT.id,
      schoolId,
      campusId,
      name: plan.name,
      floorsAbove: plan.floorsAbove,
      floorsBelow: plan.floorsBelow ?? 0,
    });
    await manager.insert(Building, building);
    const rows = plan.rooms.map((room) =>
      manager.create(Room, {
        id: demoRoomId(campusId, plan.name, room.number),
        districtId: DEMO_DISTRICT.id,
        schoolId,
        campusId,
        buildingId: building.id,
        floor: room.floor,
        number: room.number,
        name: room.name,
        kind: room.kind,
        capacity: room.capacity ?? null,
        qrCode: demoQrCode(campusId, plan.name, room.number),
      }),
    );
    await manager.insert(Room, rows);
    await publishRoomsChanged(manager, { viewer: null, requestId: 'demo-seed-places' }, rows);
    rooms += rows.length;
  }
  return rooms;
}

/**
 * The places part of the demo: on every campus of an open demo school (the West Campus included),
 * a teaching building with a classroom per class ("Class 3-2 (三年级2班)") and a toilet per floor and
 * the campus's storeroom (总务仓库), an administration and lab building (offices, labs, grade-group
 * offices), the canteen, the gym, and at the high school a dormitory; and each school's departments
 * (教务处, 总务处, 德育处, 办公室 and a grade group per grade). Idempotent: a campus with buildings, a
 * school with departments, keeps them. Read them back with `demoRooms`.
 */
export async function seedPlacesDemo(dataSource: DataSource, logger: Logger): Promise<void> {
  let rooms = 0;
  let departments = 0;
  await dataSource.transaction(async (manager) => {
    for (const campus of Object.keys(DEMO_CAMPUSES) as DemoCampusKey[]) {
      const school = DEMO_SCHOOL_ORDER.find((key) => DEMO_SCHOOLS[key].id === DEMO_CAMPUSES[campus].schoolId)!;
      if (DEMO_SCHOOLS[school].active) rooms += await seedCampus(manager, campus);
    }
    for (const school of DEMO_SCHOOL_ORDER) {
      const schoolId = DEMO_SCHOOLS[school].id;
      if (!DEMO_SCHOOLS[school].active || (await manager.existsBy(Department, { schoolId }))) continue;
      const rows = departmentPlan(school).map((d) =>
        manager.create(Department, { id: newId(), districtId: DEMO_DISTRICT.id, schoolId, name: d.name, code: d.code }),
      );
      await manager.insert(Department, rows);
      departments += rows.length;
    }
  });
  logger.info({ rooms, departments }, 'seeded the demo buildings, rooms and departments');
}

/** A demo school's places, read back for the demo parts that seed after places (assets, storeroom, meters, printing). */
export interface DemoSchoolPlaces {
  buildings: Building[];
  /** Every room, by campus, building, floor and number. */
  rooms: Room[];
  departments: Department[];
  /** Its rooms of one kind (CLASSROOM, OFFICE, LAB …). */
  ofKind(kind: RoomKind): Room[];
  /** The storeroom (总务仓库) of a campus (the school's first campus when none is given). */
  storeroom(campusId?: string): Room;
  /** The first room whose name contains `text` ("三年级2班", "Computer Room", "总务处"), else an error. */
  room(text: string): Room;
  /** The department of this name (教务处, 三年级组), else an error. */
  department(name: string): Department;
}

/** The places the demo seeded for a school (`seedPlacesDemo` first): one read of each table. */
export async function demoRooms(dataSource: DataSource, schoolId: string): Promise<DemoSchoolPlaces> {
  const manager = dataSource.manager;
  const buildings = await manager.find(Building, { where: { schoolId }, order: { campusId: 'ASC', name: 'ASC' } });
  const order = new Map(buildings.map((b, i) => [b.id, i]));
  const rooms = (await manager.find(Room, { where: { schoolId } })).sort(
    (a, b) => order.get(a.buildingId)! - order.get(b.buildingId)! || a.floor - b.floor || a.number.localeCompare(b.number),
  );
  const departments = await manager.find(Department, { where: { schoolId }, order: { name: 'ASC' } });
  const firstCampus = Object.values(DEMO_CAMPUSES).find((c) => c.schoolId === schoolId)?.id;
  return {
    buildings,
    rooms,
    departments,
    ofKind: (kind) => rooms.filter((room) => room.kind === kind),
    storeroom(campusId = firstCampus) {
      const found = rooms.find((room) => room.kind === RoomKind.STOREROOM && room.campusId === campusId);
      if (!found) throw new Error(`The demo has no storeroom on campus ${campusId}: seed places first.`);
      return found;
    },
    room(text) {
      const found = rooms.find((room) => room.name.includes(text));
      if (!found) throw new Error(`The demo school ${schoolId} has no room named like "${text}".`);
      return found;
    },
    department(name) {
      const found = departments.find((d) => d.name === name);
      if (!found) throw new Error(`The demo school ${schoolId} has no department "${name}".`);
      return found;
    },
  };
}
