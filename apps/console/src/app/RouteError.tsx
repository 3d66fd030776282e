import { Button, Result } from 'antd';
import { useRouteError } from 'react-router';
import { useT } from './language';

/** A page that crashed or failed to load (e.g. after a deploy replaced its chunk): a message and a way on, never a blank page. */
export function RouteError() {
  const t = useT();
  const error = useRouteError();
  return (
    <Result
      status="error"
      title={t('页面出错了', 'This page failed')}
      subTitle={error instanceof Error ? error.message : String(error)}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('重新加载', 'Reload')}
        </Button>
      }
    />
  );
}
