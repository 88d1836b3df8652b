import { Link } from 'react-router-dom';
import { Card, Col, Empty, Row, Typography } from 'antd';
import { useSession } from '../session';
import { iconFor } from '../icons';
import type { UiMenuNode } from '../types';

function leaves(nodes: UiMenuNode[]): UiMenuNode[] {
  return nodes.flatMap((n) => (n.path ? [n] : leaves(n.children)));
}

export function HomePage() {
  const { me, ui } = useSession();
  const entries = leaves(ui?.menu ?? []).filter((n) => n.path !== '/');
  return (
    <div className="mz-page">
      <Typography.Title level={1} style={{ fontSize: 20 }}>您好，{me && me.displayName}</Typography.Title>
      <Typography.Paragraph>{ui?.district.name}　常用功能：</Typography.Paragraph>
      {entries.length === 0 ? <Empty description="您的账户还没有可用的功能，请联系管理员分配角色。" /> : (
        <Row gutter={[16, 16]}>
          {entries.map((e) => (
            <Col key={e.key} xs={24} sm={12} md={8} lg={6}>
              <Link to={e.path!}><Card hoverable size="small">{iconFor(e.icon)} {e.title}</Card></Link>
            </Col>
          ))}
        </Row>
      )}
    </div>
  );
}
