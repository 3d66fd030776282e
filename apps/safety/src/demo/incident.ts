import type { DataSource } from 'typeorm';
import { DEFAULT_TIME_ZONE, type Logger, newId, shiftDate, todayIn } from '@houqin/common';
import { DEMO_ACCOUNTS, DEMO_DISTRICT, DEMO_SCHOOLS, demoStaffIdFor } from '@houqin/demo';
import { ActionItemKind, ActionItemSource, SafetyActionItem } from '../action-item/action-item.entity';
import { IncidentStatus, IncidentType, SafetyIncident } from '../incident/incident.entity';
import { SafetyMeeting } from '../meeting/meeting.entity';

/**
 * The demo's safety meetings and incident at First Experimental Primary: last month's safety meeting with
 * two decisions (one done, one open), and a pupil's fall on the playground a week ago — serious, reported to
 * the district in time, investigated, its corrective action done and its preventive one open. Idempotent.
 */
export async function seedIncidentDemo(dataSource: DataSource, logger: Logger): Promise<void> {
  if (await dataSource.getRepository(SafetyMeeting).exists()) return;
  const today = todayIn(DEFAULT_TIME_ZONE, new Date());
  const schoolId = DEMO_SCHOOLS.firstPrimary.id;
  const staff = (post: string) => demoStaffIdFor('firstPrimary', post);
  const officer = DEMO_ACCOUNTS.find((a) => a.role === 'SAFETY_OFFICER')!;
  const base = { districtId: DEMO_DISTRICT.id, schoolId };
  await dataSource.transaction(async (manager) => {
    const meetingOn = shiftDate(today, -20);
    const meeting = {
      id: newId(),
      ...base,
      title: '月度安全工作例会 (monthly safety meeting)',
      heldOn: meetingOn,
      attendeeStaffIds: ['PRINCIPAL', 'GENERAL_AFFAIRS_DIRECTOR', 'SAFETY_OFFICER', 'ELECTRICIAN', 'CANTEEN_MANAGER'].map(staff),
      minutes: '通报上月隐患整改情况；部署冬季防火、用电安全检查；食堂燃气管道检查。',
      recordedByAccountId: officer.id,
    };
    await manager.insert(SafetyMeeting, meeting);
    const occurredAt = new Date(`${shiftDate(today, -7)}T02:30:00Z`);
    const incident = {
      id: newId(),
      ...base,
      type: IncidentType.INJURY,
      occurredAt,
      place: '操场跑道东侧 (east end of the running track)',
      roomId: null,
      peopleAffected: 1,
      injured: 1,
      description: '三年级学生体育课跑步时在积水处滑倒，膝盖擦伤。',
      immediateActions: '校医现场处理，通知家长，送医检查无骨折。',
      serious: true,
      reportDueAt: new Date(occurredAt.getTime() + 2 * 3_600_000),
      reportedToDistrictAt: new Date(occurredAt.getTime() + 80 * 60_000),
      rootCause: '跑道东侧排水口堵塞，雨后积水未及时清理。',
      status: IncidentStatus.INVESTIGATED,
      reportedByAccountId: officer.id,
      closedAt: null,
    };
    await manager.insert(SafetyIncident, incident);
    const item = (
      source: ActionItemSource,
      sourceId: string,
      kind: ActionItemKind,
      description: string,
      post: string,
      deadline: string,
      done: boolean,
    ) => ({
      id: newId(),
      ...base,
      source,
      sourceId,
      kind,
      description,
      ownerStaffId: staff(post),
      deadline,
      doneAt: done ? new Date(`${shiftDate(deadline, -2)}T08:00:00Z`) : null,
      doneByAccountId: done ? officer.id : null,
      doneNote: done ? '已完成' : null,
    });
    await manager.insert(SafetyActionItem, [
      item(
        ActionItemSource.MEETING,
        meeting.id,
        ActionItemKind.DECISION,
        '检查全校电暖器使用情况',
        'ELECTRICIAN',
        shiftDate(meetingOn, 7),
        true,
      ),
      item(
        ActionItemSource.MEETING,
        meeting.id,
        ActionItemKind.DECISION,
        '食堂燃气管道请专业公司检测',
        'CANTEEN_MANAGER',
        shiftDate(today, 10),
        false,
      ),
      item(
        ActionItemSource.INCIDENT,
        incident.id,
        ActionItemKind.CORRECTIVE,
        '疏通跑道东侧排水口',
        'ELECTRICIAN',
        shiftDate(today, -3),
        true,
      ),
      item(
        ActionItemSource.INCIDENT,
        incident.id,
        ActionItemKind.PREVENTIVE,
        '雨后体育课前检查场地并记录',
        'SAFETY_OFFICER',
        shiftDate(today, 14),
        false,
      ),
    ]);
  });
  logger.info('seeded the demo safety meeting and incident');
}
