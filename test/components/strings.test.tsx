import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { SLB_UI_STRINGS_EN, formatString, useSlbStrings } from '../../src/components/index.ts';
import { SlbErrorProvider } from '../../src/hooks/index.ts';
import { en } from '../../src/locales/en.ts';
import { zhCN } from '../../src/locales/zh-CN.ts';

describe('formatString', () => {
  it('fills placeholders and leaves unknown ones as written', () => {
    expect(formatString('Retry in {seconds}s', { seconds: 3 })).toBe('Retry in 3s');
    expect(formatString('Attempt {attempt} of {max}', { attempt: 2, max: 3 })).toBe('Attempt 2 of 3');
    expect(formatString('{count} {missing}', { count: 1 })).toBe('1 {missing}');
    expect(formatString('{toString}', {})).toBe('{toString}');
  });
});

describe('useSlbStrings', () => {
  it('has exactly the keys of every locale’s ui strings', () => {
    expect(Object.keys(SLB_UI_STRINGS_EN).sort()).toEqual(Object.keys(zhCN.ui ?? {}).sort());
  });

  it('is English without a provider', () => {
    const { result } = renderHook(() => useSlbStrings());
    expect(result.current).toEqual(SLB_UI_STRINGS_EN);
  });

  it('merges English ← the locale ← the app’s overrides', () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <SlbErrorProvider locale={{ ...en, ui: { ...en.ui, retry: '重试' } }} ui={{ dismiss: 'Close it' }}>
        {children}
      </SlbErrorProvider>
    );
    const { result } = renderHook(() => useSlbStrings(), { wrapper });
    expect(result.current.retry).toBe('重试');
    expect(result.current.dismiss).toBe('Close it');
    expect(result.current.copy).toBe('Copy');
  });

  it('reads the full zh-CN strings', () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <SlbErrorProvider locale={zhCN}>{children}</SlbErrorProvider>
    );
    const { result } = renderHook(() => useSlbStrings(), { wrapper });
    expect(result.current).toEqual({ ...SLB_UI_STRINGS_EN, ...zhCN.ui });
  });
});
