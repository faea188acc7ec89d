import type { LoadBalancer } from './api.ts';

export interface LoadBalancerTableProps {
  /** `null` until the first successful DescribeLoadBalancers. */
  readonly loadBalancers: readonly LoadBalancer[] | null;
  readonly loading: boolean;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  readonly onRefresh: () => void;
}

const STATUS_TEXT: Readonly<Record<string, string>> = { active: 'Running', inactive: 'Stopped', locked: 'Locked' };
const ADDRESS_TYPE_TEXT: Readonly<Record<string, string>> = { internet: 'Public', intranet: 'Internal' };
const PAY_TYPE_TEXT: Readonly<Record<string, string>> = { PayOnDemand: 'Pay-as-you-go', PrePay: 'Subscription' };

export function LoadBalancerTable({ loadBalancers, loading, selectedId, onSelect, onRefresh }: LoadBalancerTableProps) {
  return (
    <section className="card" id="instances" aria-labelledby="lb-heading">
      <div className="card-header">
        <h2 id="lb-heading">Load balancers</h2>
        <div className="toolbar">
          <span className="muted" aria-live="polite">
            {loadBalancers === null ? '' : `${loadBalancers.length} instances`}
          </span>
          <button type="button" className="button" onClick={onRefresh} disabled={loading}>
            Refresh
          </button>
        </div>
      </div>
      <div className="table-scroll">
        <table className="data-table" aria-labelledby="lb-heading" aria-busy={loading}>
          <thead>
            <tr>
              <th scope="col">Instance name / ID</th>
              <th scope="col">Status</th>
              <th scope="col">Service address</th>
              <th scope="col">Network type</th>
              <th scope="col">Specification</th>
              <th scope="col">Billing method</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {loadBalancers === null ? (
              <tr>
                <td colSpan={7} className="empty-cell">
                  {loading ? 'Loading load balancers…' : 'No data.'}
                </td>
              </tr>
            ) : (
              loadBalancers.map((lb) => {
                const selected = lb.LoadBalancerId === selectedId;
                return (
                  <tr key={lb.LoadBalancerId} className={selected ? 'is-selected' : undefined}>
                    <th scope="row">
                      <span className="instance-name">{lb.LoadBalancerName}</span>
                      <span className="instance-id">{lb.LoadBalancerId}</span>
                    </th>
                    <td>
                      <span className={`status status-${lb.LoadBalancerStatus}`}>
                        {STATUS_TEXT[lb.LoadBalancerStatus] ?? lb.LoadBalancerStatus}
                      </span>
                    </td>
                    <td>
                      {lb.Address}
                      <span className="cell-note">{ADDRESS_TYPE_TEXT[lb.AddressType] ?? lb.AddressType}</span>
                    </td>
                    <td>{lb.NetworkType === 'vpc' ? 'VPC' : 'Classic network'}</td>
                    <td>{lb.LoadBalancerSpec}</td>
                    <td>{PAY_TYPE_TEXT[lb.PayType] ?? lb.PayType}</td>
                    <td>
                      <button type="button" className="link-button" onClick={() => onSelect(lb.LoadBalancerId)}>
                        Add listener<span className="visually-hidden"> to {lb.LoadBalancerName}</span>
                      </button>
                    </td>
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
