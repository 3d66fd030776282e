import { Select, Tag, type SelectProps } from 'antd';
import { useT } from '../../app/language';
import { labelOf, type Label } from '../../shared/labels';
import { classText, roomDisplay, staffText, type ClassRef, type RoomRef, type StaffRef } from './register';

type Pick = Omit<SelectProps<string>, 'options'>;

/** An asset class (资产分类), searched by code or name; `registrable` hides the top-level classes. */
export function ClassSelect({ classes, registrable, ...rest }: Pick & { classes: readonly ClassRef[]; registrable?: boolean }) {
  const t = useT();
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('资产分类', 'Class')}
      options={classes.filter((c) => !registrable || c.registrable).map((c) => ({ value: c.code, label: classText(c) }))}
      {...rest}
    />
  );
}

/** A room of the school, searched by building, number or name. */
export function RoomSelect({ rooms, ...rest }: Pick & { rooms: readonly RoomRef[] }) {
  const t = useT();
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('存放地点', 'Room')}
      options={rooms.map((r) => ({ value: r.id, label: roomDisplay(r) }))}
      {...rest}
    />
  );
}

/** A current staff member of the school (保管人), searched by name or employee number. */
export function StaffSelect({ staff, ...rest }: Pick & { staff: readonly StaffRef[] }) {
  const t = useT();
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('保管人', 'Custodian')}
      options={staff.map((s) => ({ value: s.id, label: staffText(s) }))}
      {...rest}
    />
  );
}

/** A status as a coloured tag. */
export function StatusTag({
  table,
  colors,
  status,
  testId,
}: {
  table: Record<string, Label>;
  colors: Record<string, string>;
  status: string;
  testId?: string;
}) {
  const t = useT();
  return (
    <Tag color={colors[status] ?? 'default'} data-testid={testId} data-status={status}>
      {labelOf(table, status, t)}
    </Tag>
  );
}
