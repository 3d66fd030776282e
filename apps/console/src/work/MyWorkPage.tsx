import { Card } from 'antd';
import { useT } from '../app/language';

/** My work (我的待办): what waits for the viewer. */
export default function MyWorkPage() {
  const t = useT();
  return <Card title={t('我的待办', 'My work')}>{t('暂无待办', 'Nothing waits for you')}</Card>;
}
