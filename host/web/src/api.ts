// One way to call the host: same-origin cookies, the anti-forgery header on every change, and
// RFC 9457 problem details turned into ApiError (with field errors for forms).

export interface Problem {
  status?: number; title?: string; detail?: string; type?: string;
  errors?: Record<string, string[]>; requiresTwoFactor?: boolean; requestId?: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  constructor(status: number, problem: Problem) {
    super(problem.detail || problem.title || `请求失败（${status}）`);
    this.status = status;
    this.problem = problem;
  }
  /** Field errors keyed by the form's field names (the API answers camelCase). */
  get fieldErrors(): Record<string, string[]> {
    return this.problem.errors ?? {};
  }
}

let xsrfToken: string | null = null;
let onSignedOut: (() => void) | null = null;

/** Called when the session has ended (401 on an ordinary call): the shell returns to 登录. */
export function setSignedOutHandler(handler: (() => void) | null) {
  onSignedOut = handler;
}

/** The anti-forgery token belongs to the signed-in session: fetch it after every sign-in. */
export async function refreshXsrfToken() {
  const r = await request<{ token: string; headerName: string }>('GET', '/api/platform/auth/antiforgery');
  xsrfToken = r.token;
}

export function clearXsrfToken() {
  xsrfToken = null;
}

async function send(method: string, url: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method !== 'GET' && method !== 'HEAD' && xsrfToken) {
    headers['X-XSRF-TOKEN'] = xsrfToken;
  }
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, { title: '网络错误', detail: '无法连接服务器，请检查网络后重试。' });
  }
  if (!response.ok) {
    let problem: Problem = {};
    try {
      problem = await response.json();
    } catch {
      problem = { title: `请求失败（${response.status}）` };
    }
    if (response.status === 401 && !url.startsWith('/api/platform/auth/')) {
      onSignedOut?.();
    }
    throw new ApiError(response.status, { status: response.status, ...problem });
  }
  return response;
}

export async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const response = await send(method, url, body);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(url: string) => request<T>('GET', url),
  post: <T>(url: string, body?: unknown) => request<T>('POST', url, body ?? {}),
  put: <T>(url: string, body?: unknown) => request<T>('PUT', url, body ?? {}),
  del: <T>(url: string) => request<T>('DELETE', url),
};

/** Calls an endpoint that answers a file, and hands it to the browser to save. */
export async function download(method: string, url: string, body?: unknown) {
  const response = await send(method, url, body);
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1] ?? match[2]) : url.split('/').pop() || '下载';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** The problem types the UI acts on (Minzheng.Sdk.Endpoints.ProblemTypes). */
export const ProblemTypes = {
  staleVersion: 'https://minzheng.local/problems/stale-version',
} as const;

/** A change refused because the record was changed by someone else since it was read (409): read it again. */
export function isStale(error: unknown): error is ApiError {
  return error instanceof ApiError && error.problem.type === ProblemTypes.staleVersion;
}

/** A problem's message for staff. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return '发生未知错误';
}
