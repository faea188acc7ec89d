'use client';
// The provider takes functions, so it lives in a client component of its own.
import { useRouter } from 'next/navigation';
import type { ReactNode } from 'react';
import { ErrorOutlet, SlbErrorProvider } from 'slb-error-kit';
import { en } from 'slb-error-kit/locales/en';
import { zhCN } from 'slb-error-kit/locales/zh-CN';

export function SlbErrors({ children, lang }: { children: ReactNode; lang: 'en' | 'zh-CN' }) {
  const router = useRouter();
  return (
    <SlbErrorProvider
      locale={lang === 'zh-CN' ? zhCN : en}
      onRefresh={() => router.refresh()}
      onSignIn={() => router.push('/sign-in')}
      onReport={(report) => console.info('slb error', report.code, report.requestId)}
    >
      <ErrorOutlet />
      {children}
    </SlbErrorProvider>
  );
}
