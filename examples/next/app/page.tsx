import { Banner } from 'slb-error-kit';
import { classifySlbError } from 'slb-error-kit/core';
import { en } from 'slb-error-kit/locales/en';

// Rendered on the server for every request, as a page that calls the SLB API would be.
export const dynamic = 'force-dynamic';

// Error bodies as the SLB API returns them; a real page would catch them from its API call.
const THROTTLED = {
  Code: 'Throttling.User',
  Message: 'Request was denied due to user flow control.',
  RequestId: 'R-1',
};
const UNPAID = { Code: 'PAY.PAY_ORDER_FAILED', Message: 'The Acount failed to pay order.', RequestId: 'R-2' };

// A server component: the report is plain data, and Banner is a client component of the kit.
export default function Page() {
  const throttled = classifySlbError(THROTTLED, { locale: en, site: 'intl' });
  const unpaid = classifySlbError(UNPAID, { locale: en, site: 'intl' });
  return (
    <main>
      <h1>Load balancers</h1>
      <Banner id="billing" report={unpaid} />
      <Banner id="throttled" report={throttled} />
    </main>
  );
}
