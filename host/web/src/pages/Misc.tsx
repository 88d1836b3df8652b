import { Link } from 'react-router-dom';
import { Button, Result } from 'antd';

export function NotFoundPage() {
  return <Result status="404" title="页面不存在" subTitle="您访问的页面不存在，或您没有权限访问。" extra={<Link to="/"><Button type="primary">返回首页</Button></Link>} />;
}
