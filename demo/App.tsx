// The demo SLB console: a load-balancer list, a create-listener form and a failure lab. The kit
// (useSlbError + ErrorOutlet + InlineError) draws every error; the demo never writes one itself.
import { useCallback, useEffect, useState } from 'react';
import { ErrorOutlet } from '../src/components/index.ts';
import { alb } from '../src/alb/index.ts';
import { SlbErrorProvider, useSlbError } from '../src/index.ts';
import { albEn } from '../src/locales/alb/en.ts';
import { en } from '../src/locales/en.ts';
import { nlbEn } from '../src/locales/nlb/en.ts';
import { nlb } from '../src/nlb/index.ts';

// English, with ALB's and NLB's words: the failure lab can fail a call with any product's error.
const LOCALE = [en, albEn, nlbEn] as const;
const PRODUCTS = [alb, nlb];
import * as api from './api.ts';
import { FailureLab } from './FailureLab.tsx';
import { ListenerPanel } from './ListenerPanel.tsx';
import { LoadBalancerTable } from './LoadBalancerTable.tsx';

/** SLB API parameters → the form's field names, for inline errors. */
const FIELD_MAP: Readonly<Record<string, string>> = {
  ListenerPort: 'port',
  BackendServerPort: 'backendPort',
  Bandwidth: 'bandwidth',
  LoadBalancerId: 'loadBalancer',
};

function Console({ reloadKey }: { readonly reloadKey: number }) {
  const listError = useSlbError();
  const { run } = listError; // stable across renders: the effect below runs only when its inputs change
  const [loadBalancers, setLoadBalancers] = useState<readonly api.LoadBalancer[] | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  // Loads on mount, when the view reloads (the kit's `refresh` action) and on Refresh.
  const [refreshTick, setRefreshTick] = useState(0);
  useEffect(() => {
    void run(({ signal }) => api.describeLoadBalancers(signal)).then((result) => {
      if (result.status !== 'succeeded') return;
      setLoadBalancers(result.value);
      setSelectedId((current) => current ?? result.value[0]?.LoadBalancerId ?? null);
    });
  }, [run, reloadKey, refreshTick]);

  const selected = loadBalancers?.find((lb) => lb.LoadBalancerId === selectedId) ?? null;

  return (
    <>
      <LoadBalancerTable
        loadBalancers={loadBalancers}
        loading={listError.isRunning}
        selectedId={selectedId}
        onSelect={(id) => {
          setSelectedId(id);
          document.getElementById('listener-port')?.focus();
        }}
        onRefresh={() => setRefreshTick((tick) => tick + 1)}
      />
      <ListenerPanel
        loadBalancers={loadBalancers ?? []}
        selected={selected}
        onSelect={setSelectedId}
        reloadKey={reloadKey}
      />
    </>
  );
}

export function App() {
  const [reloadKey, setReloadKey] = useState(0);
  const refresh = useCallback(() => setReloadKey((key) => key + 1), []);

  return (
    <SlbErrorProvider locale={LOCALE} products={PRODUCTS} fieldMap={FIELD_MAP} onRefresh={refresh}>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="console-header">
        <div className="console-brand">
          <span className="console-logo" aria-hidden="true" />
          <span className="console-brand-name">Cloud Console</span>
        </div>
        <p className="console-region">
          <span className="visually-hidden">Region: </span>China (Hangzhou)
        </p>
        <p className="console-account">
          <span className="visually-hidden">Signed in as </span>demo@example.com
        </p>
      </header>
      <div className="console-body">
        <nav className="console-nav" aria-label="Server Load Balancer">
          <p className="console-nav-title">Server Load Balancer</p>
          <ul>
            <li>
              <a href="#instances" aria-current="page">
                Instances
              </a>
            </li>
            <li>
              <a href="#listeners">Listeners</a>
            </li>
            <li>
              <a href="#failure-lab">Failure lab</a>
            </li>
          </ul>
        </nav>
        <main id="main" className="console-main" tabIndex={-1}>
          <nav className="breadcrumb" aria-label="Breadcrumb">
            <ol>
              <li>Server Load Balancer</li>
              <li aria-current="page">Instances</li>
            </ol>
          </nav>
          <h1>Instances</h1>
          {/* Banners appear here; toasts go to the kit's viewport; inline errors stay with their fields. */}
          <ErrorOutlet />
          <Console reloadKey={reloadKey} />
          <FailureLab onReset={refresh} />
        </main>
      </div>
    </SlbErrorProvider>
  );
}
