import { formatDate, formatDateTime } from '../dates';
import { useSchoolZone } from '../../session/zone';

/** An instant in the school's zone (the viewer's school, Asia/Shanghai by default). */
export function DateTime({ value, dateOnly = false }: { value: string | null | undefined; dateOnly?: boolean }) {
  const zone = useSchoolZone();
  return <span style={{ whiteSpace: 'nowrap' }}>{dateOnly ? formatDate(value, zone) : formatDateTime(value, zone)}</span>;
}
