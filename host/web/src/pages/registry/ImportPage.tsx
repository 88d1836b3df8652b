import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Col, Progress, Row, Space, Spin, Statistic, Table, Tag, Typography, Upload, type TableProps } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { api, ApiError, download, messageOf } from '../../api';

/** An import as the server reports it (Registry/Import/ImportContracts.cs, ImportView). */
export interface ResidentImport {
  id: string; fileName: string; format: string;
  status: 'Queued' | 'Running' | 'Completed' | 'Failed'; statusText: string; startedBy: string;
  createdAt: string; startedAt?: string | null; finishedAt?: string | null;
  rowsRead: number; imported: number; updated: number; unchanged: number; failed: number;
  failureReason?: string | null; errorReport: string;
}

interface ImportPageResult { items: ResidentImport[]; total: number; page: number; pageSize: number }

const base = '/api/platform/registry/imports';

/** The exchange format's headers (Registry/Synthetic/ResidentRow.cs); 婚姻状况 may be left out. */
const templateHeaders = [
  '身份证号', '姓名', '民族', '联系电话', '户口类型', '村居代码', '住址', '户号', '与户主关系',
  '残疾证号', '残疾类别', '残疾等级', '发证日期', '有效期至', '救助类型', '救助开始日期', '婚姻状况',
];

const statusColors: Record<ResidentImport['status'], string> = {
  Queued: 'default', Running: 'blue', Completed: 'green', Failed: 'red',
};

const finished = (i: ResidentImport) => i.status === 'Completed' || i.status === 'Failed';

function downloadTemplate() {
  const blob = new Blob(['\uFEFF' + templateHeaders.join(',') + '\r\n'], { type: 'text/csv;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = '居民导入模板.csv';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

function problemOf(error: unknown): { title: string; detail: string } {
  if (error instanceof ApiError) {
    const field = error.fieldErrors.file?.[0] ?? Object.values(error.fieldErrors)[0]?.[0];
    if (error.status === 413) return { title: error.problem.title || '文件过大', detail: error.problem.detail || '导入文件过大，请拆分后分批导入。' };
    return { title: '文件未能导入', detail: field ?? error.message };
  }
  return { title: '上传失败', detail: messageOf(error) };
}

const time = (value?: string | null) => (value ? new Date(value).toLocaleString('zh-CN', { hour12: false }) : '');

/** 批量导入: upload a CSV/XLSX of residents, follow the import, read its error report; the recent imports below. */
export function ImportPage() {
  const [current, setCurrent] = useState<ResidentImport | null>(null);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<{ title: string; detail: string } | null>(null);
  const [list, setList] = useState<ImportPageResult | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [listLoading, setListLoading] = useState(true);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const timer = useRef<number | null>(null);

  const loadList = useCallback(async () => {
    setListLoading(true);
    try {
      setList(await api.get<ImportPageResult>(`${base}?page=${page}&pageSize=${pageSize}`));
      setListError(null);
    } catch (e) {
      setListError(messageOf(e));
    } finally {
      setListLoading(false);
    }
  }, [page, pageSize]);

  useEffect(() => { void loadList(); }, [loadList]);

  // Follows the current import once a second until it has finished.
  useEffect(() => {
    if (!current || finished(current)) return;
    timer.current = window.setTimeout(async () => {
      try {
        const next = await api.get<ResidentImport>(`${base}/${current.id}`);
        setCurrent(next);
        if (finished(next)) void loadList();
      } catch (e) {
        setProblem({ title: '无法获取导入进度', detail: messageOf(e) });
      }
    }, 1000);
    return () => { if (timer.current) window.clearTimeout(timer.current); };
  }, [current, loadList]);

  const upload = async (file: File) => {
    setProblem(null);
    setCurrent(null);
    setUploading(true);
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      const started = await api.post<ResidentImport>(base, form);
      setCurrent(started);
      void loadList();
    } catch (e) {
      setProblem(problemOf(e));
    } finally {
      setUploading(false);
    }
  };

  const columns: TableProps<ResidentImport>['columns'] = [
    { title: '文件名', dataIndex: 'fileName', key: 'fileName', ellipsis: true },
    { title: '状态', key: 'status', width: 90, render: (_, i) => <Tag color={statusColors[i.status]}>{i.statusText}</Tag> },
    { title: '上传人', dataIndex: 'startedBy', key: 'startedBy', width: 110 },
    { title: '上传时间', key: 'createdAt', width: 170, render: (_, i) => time(i.createdAt) },
    { title: '读取', dataIndex: 'rowsRead', key: 'rowsRead', width: 70, align: 'right' },
    { title: '导入', dataIndex: 'imported', key: 'imported', width: 70, align: 'right' },
    { title: '更新', dataIndex: 'updated', key: 'updated', width: 70, align: 'right' },
    { title: '未变', dataIndex: 'unchanged', key: 'unchanged', width: 70, align: 'right' },
    { title: '失败', dataIndex: 'failed', key: 'failed', width: 70, align: 'right' },
    {
      title: '操作', key: 'actions', width: 110,
      render: (_, i) => (i.failed > 0 ? (
        <Button type="link" size="small" onClick={() => download('GET', i.errorReport).catch((e) => setListError(messageOf(e)))}>错误报告</Button>
      ) : null),
    },
  ];

  return (
    <div className="mz-page">
      <Typography.Title level={1} style={{ fontSize: 20 }}>批量导入居民</Typography.Title>
      <Typography.Paragraph>
        上传 CSV（UTF-8）或 Excel（.xlsx）文件，第一行为表头，列与导出格式一致（婚姻状况可省略）。
        已在册的居民（同一身份证号）信息不同时将被更新，相同时不作改动；有误的行不导入，可下载错误报告查看原因。
        <Button type="link" icon={<DownloadOutlined />} onClick={downloadTemplate}>下载模板</Button>
      </Typography.Paragraph>

      <Upload.Dragger accept=".csv,.xlsx" multiple={false} showUploadList={false} disabled={uploading}
        beforeUpload={(file) => { void upload(file); return false; }}>
        <p className="ant-upload-drag-icon"><InboxOutlined /></p>
        <p className="ant-upload-text">点击或将文件拖到此处上传</p>
        <p className="ant-upload-hint">支持 .csv、.xlsx 文件，每次一个</p>
      </Upload.Dragger>

      {uploading && <div style={{ marginTop: 16 }}><Spin /> <span>正在上传…</span></div>}
      {problem && (
        <Alert type="error" showIcon role="alert" message={problem.title} description={problem.detail}
          closable onClose={() => setProblem(null)} style={{ marginTop: 16 }} />
      )}

      {current && (
        <Card size="small" style={{ marginTop: 16 }} data-testid="import-result"
          title={<Space>{current.fileName}<Tag color={statusColors[current.status]} data-testid="import-status">{current.statusText}</Tag></Space>}>
          {!finished(current) ? (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Progress percent={100} status="active" showInfo={false} aria-label="导入进度" />
              <Space><Spin size="small" /><span data-testid="import-progress">{current.status === 'Queued' ? '排队中，即将开始…' : `正在导入，已读取 ${current.rowsRead} 行`}</span></Space>
            </Space>
          ) : (
            <Progress percent={100} status={current.status === 'Failed' ? 'exception' : 'success'} aria-label="导入进度" />
          )}
          <Row gutter={16} style={{ marginTop: 12 }}>
            <Col><Statistic title="已读取" value={current.rowsRead} /></Col>
            <Col><Statistic title="导入" value={current.imported} data-testid="count-imported" /></Col>
            <Col><Statistic title="更新" value={current.updated} data-testid="count-updated" /></Col>
            <Col><Statistic title="未变" value={current.unchanged} data-testid="count-unchanged" /></Col>
            <Col><Statistic title="失败" value={current.failed} data-testid="count-failed"
              valueStyle={current.failed > 0 ? { color: '#cf1322' } : undefined} /></Col>
          </Row>
          {current.status === 'Failed' && current.failureReason && (
            <Alert type="error" showIcon role="alert" message="导入中止" description={current.failureReason} style={{ marginTop: 12 }} />
          )}
          {finished(current) && current.failed > 0 && (
            <Button icon={<DownloadOutlined />} style={{ marginTop: 12 }}
              onClick={() => download('GET', current.errorReport).catch((e) => setProblem({ title: '下载失败', detail: messageOf(e) }))}>
              下载错误报告
            </Button>
          )}
        </Card>
      )}

      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 24 }}>最近的导入</Typography.Title>
      {listError && (
        <Alert type="error" showIcon role="alert" message="导入记录加载失败" description={listError} style={{ marginBottom: 12 }}
          action={<Button size="small" onClick={() => void loadList()}>重试</Button>} />
      )}
      <Table<ResidentImport>
        rowKey="id" size="small" columns={columns} dataSource={list?.items ?? []} loading={listLoading}
        locale={{ emptyText: '暂无导入记录' }}
        pagination={{
          current: page, pageSize, total: list?.total ?? 0, showSizeChanger: true, pageSizeOptions: [10, 20, 50],
          showTotal: (n) => `共 ${n} 次导入`,
          onChange: (p, s) => { setPage(p); setPageSize(s); },
        }} />
    </div>
  );
}
