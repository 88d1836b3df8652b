import { Link } from 'react-router-dom';
import { Button, Result } from 'antd';

export function NotFoundPage() {
  return <Result status="404" title="页面不存在" subTitle="您访问的页面不存在，或您没有权限访问。" extra={<Link to="/"><Button type="primary">返回首页</Button></Link>} />;
}

export function ComingSoon({ title }: { title: string }) {
  return (
    <div className="mz-page">
      <h1 style={{ fontSize: 20 }}>{title}</h1>
      <Result status="info" title={`“${title}”页面正在建设中`} subTitle="接口已可使用，页面将随后提供。" />
    </div>
  );
}
