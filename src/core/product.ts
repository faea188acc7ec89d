// Which load-balancer product an error came from, from what the error itself names: the body's
// `HostId` (`alb.cn-hangzhou.aliyuncs.com`), the host of pop-core's signed URL, or the product of
// the `Recommend` link (`…/troubleshoot?q=…&product=Nlb`).
import type { SlbProductKey } from '../catalog/types.js';

// An API endpoint of the family: `slb.aliyuncs.com`, `alb.cn-hangzhou.aliyuncs.com`, `nlb-vpc.…`.
const ENDPOINT = /^(slb|alb|nlb)(?:-[a-z]+)?(?:\.[a-z0-9-]+)*\.aliyuncs\.com$/i;
const RECOMMENDED = /[?&]product=(slb|alb|nlb)(?:&|$)/i;

const KEYS: Readonly<Record<string, SlbProductKey>> = { slb: 'clb', alb: 'alb', nlb: 'nlb' };

/** The product named by an endpoint host or a Recommend link, or `null`. */
export function productOf(host: string | undefined, recommend: string | undefined): SlbProductKey | null {
  const name =
    (host === undefined ? undefined : ENDPOINT.exec(host)?.[1]) ??
    (recommend === undefined ? undefined : RECOMMENDED.exec(recommend.slice(0, 2048))?.[1]);
  return name === undefined ? null : (KEYS[name.toLowerCase()] ?? null);
}
