import { useLocation, useParams } from 'react-router-dom';
import { Result } from 'antd';
import { useSession } from '../session';
import { ListView } from './ListView';
import { FormView } from './FormView';
import { DetailView } from './DetailView';
import { DashboardView } from './DashboardView';
import { PrintView } from './PrintView';
import { ModuleApiBase } from './fields';
import type { UiPage } from '../types';

/** A page a module described, rendered by its kind. */
export function ModulePage() {
  const { moduleId, pageId, recordId } = useParams();
  const { ui } = useSession();
  const location = useLocation();
  const module = ui?.modules.find((m) => m.id === moduleId);
  if (!module) {
    return <Result status="404" title="模块未启用" subTitle={`模块“${moduleId}”未在本区启用，或您没有使用它的权限。`} />;
  }
  const page = module.pages.find((p) => p.id === pageId);
  if (!page) {
    return <Result status="404" title="页面不存在" subTitle="该页面不存在，或您没有访问它的权限。" />;
  }
  const key = location.key + location.pathname;
  return <ModuleApiBase.Provider value={module.apiBase}>{view(page)}</ModuleApiBase.Provider>;

  function view(shown: UiPage) {
    switch (shown.kind) {
      case 'list': return <ListView key={key} module={module!} page={shown} recordId={recordId} />;
      case 'form': return <FormView key={key} module={module!} page={shown} recordId={recordId} />;
      case 'detail': return <DetailView key={key} module={module!} page={shown} recordId={recordId} />;
      case 'dashboard': return <DashboardView key={key} module={module!} page={shown} />;
      case 'print': return <PrintView key={key} module={module!} page={shown} recordId={recordId} />;
    }
  }
}
