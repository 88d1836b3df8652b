import { Link } from 'react-router-dom';
import { Alert, Button, Card, Col, Empty, Row, Spin, Typography } from 'antd';
import { FundOutlined, RightOutlined } from '@ant-design/icons';
import { useSession } from '../session';
import { iconFor } from '../icons';
import { LoadError } from '../renderers/LoadError';
import { useResource } from '../renderers/useRecord';
import type { UiMenuNode } from '../types';
import type { WorkList } from './plan/model';

function leaves(nodes: UiMenuNode[]): UiMenuNode[] {
  return nodes.flatMap((n) => (n.path ? [n] : leaves(n.children)));
}

/** 我的待办: what waits for the signed-in staff member in the enabled modules (the server filters by permission and scope). */
function MyWork() {
  const { data, error, loading, reload } = useResource<WorkList>('/api/platform/work');
  let body;
  if (error) {
    body = <LoadError error={error} retry={reload} />;
  } else if (loading && !data) {
    body = <Spin tip="正在加载…"><div style={{ height: 80 }} /></Spin>;
  } else if (!data?.items.length && !data?.unavailable?.length) {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无待办事项" />;
  } else {
    body = (
      <Row gutter={[16, 16]} role="list">
        {data.items.map((item) => (
          <Col key={item.key} xs={24} sm={12} md={8} lg={6} role="listitem">
            <Link to={item.link}>
              <Card hoverable size="small" data-testid="work-item">
                <div className="mz-work-title">{item.title}</div>
                <div className="mz-work-count mz-mono">{item.count}<span className="mz-work-unit"> 件</span></div>
                {item.overdue > 0 && <Typography.Text type="danger">其中逾期 {item.overdue} 件</Typography.Text>}
                <Typography.Text type="secondary" className="mz-reason">{item.moduleName}</Typography.Text>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    );
  }
  return (
    <section aria-labelledby="my-work" style={{ marginBottom: 24 }} data-testid="my-work">
      <Typography.Title level={2} id="my-work" style={{ fontSize: 16 }}>我的待办</Typography.Title>
      {!!data?.unavailable?.length && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={`以下模块的待办暂时无法统计，列表可能不完整：${data.unavailable.join('、')}`}
          action={<Button size="small" onClick={() => void reload()}>重试</Button>} />
      )}
      {body}
    </section>
  );
}

export function HomePage() {
  const { me, ui } = useSession();
  const entries = leaves(ui?.menu ?? []).filter((n) => n.path !== '/');
  const plan = entries.find((e) => e.path === '/plan');
  return (
    <div className="mz-page">
      <Typography.Title level={1} style={{ fontSize: 20 }}>您好，{me && me.displayName}</Typography.Title>
      <MyWork />
      {plan && (
        <section aria-labelledby="home-plan" style={{ marginBottom: 24 }}>
          <Typography.Title level={2} id="home-plan" style={{ fontSize: 16 }}>规划执行</Typography.Title>
          <Link to="/plan">
            <Card hoverable size="small" className="mz-plan-card">
              <FundOutlined aria-hidden /> {plan.title}：查看{ui?.district.name}五年规划主要指标的完成情况 <RightOutlined aria-hidden />
            </Card>
          </Link>
        </section>
      )}
      <section aria-labelledby="home-links">
        <Typography.Title level={2} id="home-links" style={{ fontSize: 16 }}>{ui?.district.name}　常用功能</Typography.Title>
        {entries.length === 0 ? <Empty description="您的账户还没有可用的功能，请联系管理员分配角色。" /> : (
          <Row gutter={[16, 16]}>
            {entries.map((e) => (
              <Col key={e.key} xs={24} sm={12} md={8} lg={6}>
                <Link to={e.path!}><Card hoverable size="small">{iconFor(e.icon)} {e.title}</Card></Link>
              </Col>
            ))}
          </Row>
        )}
      </section>
    </div>
  );
}
