import { useRef, useState } from 'react';
import { Spin } from 'antd';
import { api } from '../../api';
import { FormSelect } from '../../renderers/fields';
import type { PersonPage } from './model';

const fullIdNumber = /^(\d{17}[\dX]|\d{15})$/;

/** Finds a resident in the caller's scope by name (or whole ID number) as staff type; the value is the resident's id. */
export function ResidentPicker({ id, value, onChange, exclude }: {
  id?: string; value?: string; onChange?: (value: string | undefined) => void; exclude?: string;
}) {
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [searching, setSearching] = useState(false);
  const timer = useRef<number>();
  const latest = useRef(0);

  const search = (input: string) => {
    window.clearTimeout(timer.current);
    const text = input.trim().toUpperCase();
    if (!text) {
      setOptions([]);
      return;
    }
    timer.current = window.setTimeout(async () => {
      const asked = ++latest.current;
      setSearching(true);
      const filter = fullIdNumber.test(text) ? `idNumber=${text}` : `name=${encodeURIComponent(text)}`;
      try {
        const page = await api.get<PersonPage>(`/api/platform/registry/persons?${filter}&status=Alive&pageSize=20`);
        if (asked !== latest.current) return;
        setOptions(page.items.filter((p) => p.id !== exclude)
          .map((p) => ({ value: p.id, label: `${p.name}（${p.idNumber}）${p.villageName ? ` ${p.villageName}` : ''}` })));
      } catch {
        if (asked === latest.current) setOptions([]);
      } finally {
        if (asked === latest.current) setSearching(false);
      }
    }, 300);
  };

  return (
    <FormSelect id={id} showSearch allowClear filterOption={false} value={value} onChange={onChange} onSearch={search} options={options}
      placeholder="输入姓名或完整身份证号码查找" notFoundContent={searching ? <Spin size="small" /> : '没有找到在册居民'} />
  );
}
