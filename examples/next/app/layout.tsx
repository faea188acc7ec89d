import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import 'slb-error-kit/styles.css';
import { SlbErrors } from './slb-errors';

export const metadata: Metadata = { title: 'slb-error-kit on Next.js' };

// A server component: it hands the client wrapper serialisable props only.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SlbErrors lang="en">{children}</SlbErrors>
      </body>
    </html>
  );
}
