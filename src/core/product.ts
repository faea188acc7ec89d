// Which load-balancer product an error came from, from what the error itself names: the body's
// `HostId` (`alb.cn-hangzhou.aliyuncs.com`), the host of pop-core's signed URL, or the product of
// the `Recommend` link (`…/troubleshoot?q=…&product=Nlb`).
import { PRODUCT_APIS } from '../catalog/keys.generated.js';
import type { SlbProductKey } from '../catalog/types.js';

// An API endpoint of the family: `slb.aliyuncs.com`, `alb.cn-hangzhou.aliyuncs.com`, `nlb-vpc.…`.
const ENDPOINT = /^(slb|alb|nlb)(?:-[a-z]+)?(?:\.[a-z0-9-]+)*\.aliyuncs\.com$/i;
const RECOMMENDED = /[?&]product=(slb|alb|nlb)(?:&|$)/i;

// The product by the name its endpoints use (`slb` is CLB's).
const KEYS: ReadonlyMap<string, SlbProductKey> = new Map(
  Object.entries(PRODUCT_APIS).map(([key, [, , name]]) => [name, key as SlbProductKey]),
);

/** The product named by an endpoint host or a Recommend link, or `null`. */
export function productOf(host: string | undefined, recommend: string | undefined): SlbProductKey | null {
  const name =
    (host === undefined ? undefined : ENDPOINT.exec(host)?.[1]) ??
    (recommend === undefined ? undefined : RECOMMENDED.exec(recommend.slice(0, 2048))?.[1]);
  return name === undefined ? null : (KEYS.get(name.toLowerCase()) ?? null);
}
