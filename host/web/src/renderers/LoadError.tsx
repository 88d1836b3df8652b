import { Button, Result } from 'antd';
import type { ApiError } from '../api';

/** A failed load, as staff should read it: not enabled, not found, not allowed, or try again. */
export function LoadError({ error, retry }: { error: ApiError; retry?: () => void }) {
  const status = error.status === 403 ? '403' : error.status === 404 ? '404' : 'error';
  const title = error.problem.title ?? (error.status === 404 ? '未找到' : '加载失败');
  return (
    <Result status={status} title={title} subTitle={error.message}
      extra={retry && error.status !== 404 && error.status !== 403 ? <Button onClick={retry}>重试</Button> : undefined} />
  );
}
